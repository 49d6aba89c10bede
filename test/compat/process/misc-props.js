// Less common process properties.
console.log('allowedNodeEnvironmentFlags is Set', process.allowedNodeEnvironmentFlags instanceof Set);
console.log('noDeprecation', process.noDeprecation, 'throwDeprecation', process.throwDeprecation, 'traceDeprecation', process.traceDeprecation);
console.log('connected', process.connected, 'send', typeof process.send, 'channel', typeof process.channel);
console.log('mainModule is module', process.mainModule === module, 'require.main', require.main === module);
console.log('emitWarning bound', typeof process.emitWarning.call(process, 'x', { type: 'QuietWarning' }));
process.on('warning', (w) => console.log('got', w.name));
