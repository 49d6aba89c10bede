// util.callbackify: promise results go to (err, value) callbacks on a later tick.
const util = require('util');
async function add(a, b) { return a + b; }
async function fail() { throw new TypeError('bad'); }
const cbAdd = util.callbackify(add);
console.log(cbAdd.name, cbAdd.length, util.callbackify(async () => 1).name);
let sync = true;
cbAdd(1, 2, (err, v) => console.log('add', err, v, 'sync?', sync));
sync = false;
util.callbackify(fail)((err, v) => console.log('fail', err.name, err.message, v));
const obj = { k: 7, async m() { return this.k; } };
obj.cb = util.callbackify(obj.m);
obj.cb(function (err, v) { console.log('this', v, this === obj); });
util.callbackify(() => Promise.resolve(undefined))((...args) => console.log('args', args.length, args[0], args[1]));
process.nextTick(() => console.log('nextTick queued after calls'));
