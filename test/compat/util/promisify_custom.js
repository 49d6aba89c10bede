// util.promisify.custom: a function's own promisified form is returned as is.
const util = require('util');
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
function legacy(cb) { cb(null, 'legacy'); }
const custom = () => Promise.resolve('custom');
legacy[util.promisify.custom] = custom;
console.log(util.promisify(legacy) === custom);
console.log(custom[util.promisify.custom] === custom);
const inherited = Object.setPrototypeOf(function inheritor(cb) { cb(null, 1); }, legacy);
console.log('inherited custom', util.promisify(inherited) === custom);
function badCustom() {}
badCustom[util.promisify.custom] = 42;
try { util.promisify(badCustom); } catch (e) { console.log(e.name, e.code, e.message); }
function falsyCustom(cb) { cb(null, 'falsy custom ignored'); }
falsyCustom[util.promisify.custom] = 0;
util.promisify(falsyCustom)().then((v) => console.log(v));
function multi(cb) { cb(null, 'a', 'b'); }
multi[util.promisify.custom] = () => new Promise((resolve) => multi((err, a, b) => resolve({ a, b })));
util.promisify(multi)().then((v) => console.log(JSON.stringify(v)));
