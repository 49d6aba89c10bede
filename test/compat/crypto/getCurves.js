'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// getCurves(): the builtin EC curves, sorted.
const list = crypto.getCurves();
console.log(list.length, JSON.stringify(list));
