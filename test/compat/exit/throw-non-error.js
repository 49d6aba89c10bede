// Throwing a non-Error value is still fatal (exit 1); the handler would see the raw value.
console.log('throwing a number');
process.on('exit', (code) => console.log('exit', code));
throw 42;
