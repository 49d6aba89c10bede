// process.stdout.write basics when stdout is not a TTY.
const r = process.stdout.write('written without newline');
process.stdout.write('\n');
console.log('write returns', r);
console.log('isTTY', process.stdout.isTTY);
console.log('fd', process.stdout.fd, process.stderr.fd);
console.log('writable', process.stdout.writable);
console.log('write with callback returns', process.stdout.write('cb line\n', () => console.log('write callback called')));
process.stdout.write(Buffer.from('buffer line\n'));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write('6869210a', 'hex');
process.stdout.write('YnllCg==', 'base64');
process.stdout.write('');
