// uncaughtExceptionMonitor sees the error before the process dies.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor:', err.message, origin));
process.on('exit', (code) => console.log('exit', code));
throw new Error('monitored');
