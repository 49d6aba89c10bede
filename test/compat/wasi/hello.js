// WASI: a WebAssembly program writing to stdout via fd_write and exiting via proc_exit.
const { WASI } = require('wasi');
const { build } = require('./wasm-builder');
const wasi = new WASI({ version: 'preview1', args: ['prog', 'one', 'two'], env: { A: '1' } });
const { instance } = { instance: new WebAssembly.Instance(new WebAssembly.Module(build('hello from wasi\n', 7)), wasi.getImportObject()) };
console.log(Object.keys(wasi.getImportObject()).join(), typeof wasi.wasiImport.fd_write);
const code = wasi.start(instance);
console.log('exit code', code);
try { wasi.start(instance); } catch (e) { console.log(e.name, e.code, e.message); }
