// process.exit('2') is coerced to 2.
process.on('exit', (code) => console.log('exit listener', typeof code, code));
console.log('exiting with "2"');
process.exit('2');
