// Builds a tiny WASI module: _start writes `text` to fd 1, stores args_sizes_get's results at
// 100/104, then calls proc_exit(exitCode + argc).
const u = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
const s = (n) => { const o = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) { o.push(b); return o; } o.push(b | 0x80); } };
const str = (x) => [...u(Buffer.byteLength(x)), ...Buffer.from(x)];
const sec = (id, body) => [id, ...u(body.length), ...body];
const vec = (items) => [...u(items.length), ...items.flat()];
function build(text, exitCode) {
  const types = vec([[0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f], [0x60, 1, 0x7f, 0], [0x60, 0, 0], [0x60, 2, 0x7f, 0x7f, 1, 0x7f]]);
  const imports = vec([
    [...str('wasi_snapshot_preview1'), ...str('fd_write'), 0, 0],
    [...str('wasi_snapshot_preview1'), ...str('proc_exit'), 0, 1],
    [...str('wasi_snapshot_preview1'), ...str('args_sizes_get'), 0, 3]]);
  const funcs = vec([[2]]);
  const mem = vec([[0, 1]]);
  const exps = vec([[...str('memory'), 2, 0], [...str('_start'), 0, 3]]);
  const I = (n) => [0x41, ...s(n)];
  const len = Buffer.byteLength(text);
  const body = [0,
    ...I(0), ...I(256), 0x36, 2, 0, ...I(4), ...I(len), 0x36, 2, 0,
    ...I(1), ...I(0), ...I(1), ...I(8), 0x10, 0, 0x1a,
    ...I(100), ...I(104), 0x10, 2, 0x1a,
    ...I(exitCode), ...I(100), 0x28, 2, 0, 0x6a, 0x10, 1, 0x0b];
  const code = vec([[...u(body.length), ...body]]);
  const data = vec([[0, ...I(256), 0x0b, ...str(text)]]);
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...sec(1, types), ...sec(2, imports), ...sec(3, funcs),
    ...sec(5, mem), ...sec(7, exps), ...sec(10, code), ...sec(11, data)]);
}
module.exports = { build };
if (require.main === module) console.log(build('x', 0).length);
