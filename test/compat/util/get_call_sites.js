// util.getCallSites returns the caller's frames: function name, script, line.
const util = require('util');
const path = require('path');
function show(sites) {
  return sites.map((s) => `${s.functionName || '<anon>'}@${path.basename(s.scriptName)}:${s.lineNumber}`).join(' ');
}
function inner() { return util.getCallSites(2); }
function outer() { return inner(); }
console.log(show(outer()));
const one = util.getCallSites(1)[0];
console.log(Object.getPrototypeOf(one), Object.keys(one).join(','));
console.log(typeof one.scriptId, typeof one.lineNumber, typeof one.columnNumber, one.column === one.columnNumber);
console.log(show(util.getCallSites({ sourceMap: false }).slice(0, 1)));
const named = function named() { return util.getCallSites(1); };
console.log(show(named()));
for (const args of [[0], [201], ['a'], [2, 5], [{ sourceMap: 1 }], [null]]) {
  try {
    console.log(util.getCallSites(...args).length);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
