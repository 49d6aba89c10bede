// require() of ES modules (Node 22.12+): namespace objects; top-level await is refused.
const ns = require('./fixtures/required.mjs');
console.log(ns.fromEsm, ns.default, Object.keys(ns), ns[Symbol.toStringTag]);
try {
  require('./fixtures/tla-required.mjs');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
