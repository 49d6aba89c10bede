// util.promisify on timer functions uses their custom promisified versions.
const util = require('util');
const tp = require('timers/promises');
console.log('setTimeout custom is timers/promises', setTimeout[util.promisify.custom] === tp.setTimeout);
console.log('setImmediate custom is timers/promises', setImmediate[util.promisify.custom] === tp.setImmediate);
console.log('setInterval has custom', typeof setInterval[util.promisify.custom]);
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
(async () => {
  console.log('sleep', await sleep(2, 'slept'));
  console.log('immediate', await immediate('imm'));
})();
