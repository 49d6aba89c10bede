// The uncaughtException handler receives raw thrown values.
const values = [42, 'str', null, undefined, { a: 1 }, Symbol.for('sym'), 10n];
process.on('uncaughtException', (v) => {
  console.log('got', typeof v, v === null ? 'null' : typeof v === 'symbol' ? v.toString() : typeof v === 'object' ? JSON.stringify(v) : String(v));
});
values.forEach((v, i) => setTimeout(() => { throw v; }, 1));
process.on('exit', (code) => console.log('exit', code));
