// Exit codes wrap modulo 256 at the OS level; the listener sees the raw value.
process.on('exit', (code) => console.log('listener sees', code));
process.exit(258);
