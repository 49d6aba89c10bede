// WASI imports called directly against an instance's memory: args, environ, clocks, random,
// fd_fdstat_get, bad fds, and the ENOSYS answers.
const { WASI } = require('wasi');
const { build } = require('./wasm-builder');
const wasi = new WASI({ version: 'preview1', args: ['p', 'é'], env: { HOME: '/h', X: 'y' } });
const instance = new WebAssembly.Instance(new WebAssembly.Module(build('', 0)), wasi.getImportObject());
const w = wasi.wasiImport;
try { w.args_sizes_get(0, 4); } catch (e) { console.log('before start', e.code, e.message); }
const mem = instance.exports.memory;
// Bind memory through start (the module exits with 0 + argc).
console.log('start', wasi.start(instance));
const dv = new DataView(mem.buffer);
console.log('args_sizes_get', w.args_sizes_get(0, 4), dv.getUint32(0, true), dv.getUint32(4, true));
console.log('args_get', w.args_get(16, 64), Buffer.from(mem.buffer, 64, 6).toString('hex'), dv.getUint32(16, true), dv.getUint32(20, true));
console.log('environ_sizes_get', w.environ_sizes_get(0, 4), dv.getUint32(0, true), dv.getUint32(4, true));
console.log('environ_get', w.environ_get(16, 64), Buffer.from(mem.buffer, 64, 12).toString());
console.log('clock_res_get', w.clock_res_get(1, 0), w.clock_res_get(9, 0));
console.log('clock_time_get', w.clock_time_get(0, 0n, 8), dv.getBigUint64(8, true) > 1600000000000000000n);
console.log('clock_time_get bad', w.clock_time_get(7, 0n, 8));
console.log('random_get', w.random_get(200, 16));
console.log('fdstat stdout', w.fd_fdstat_get(1, 32));
console.log('fdstat bad', w.fd_fdstat_get(99, 32));
console.log('fd_write bad', w.fd_write(99, 0, 0, 0));
console.log('fd_close bad', w.fd_close(99));
console.log('prestat none', w.fd_prestat_get(3, 0));
console.log('sched_yield', w.sched_yield());
console.log('poll_oneoff', w.poll_oneoff(0, 0, 0, 0));
