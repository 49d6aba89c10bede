'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomInt argument validation.
show('0', () => crypto.randomInt(0));
show('5,5', () => crypto.randomInt(5, 5));
show('1.5', () => crypto.randomInt(1.5));
show('str', () => crypto.randomInt('1'));
show('range', () => crypto.randomInt(0, 2 ** 48));
show('range1', () => crypto.randomInt(2 ** 48));
show('unsafe min', () => crypto.randomInt(2 ** 53, 2 ** 53 + 2));
show('neg unsafe', () => crypto.randomInt(-(2 ** 53), 0));
show('max str', () => crypto.randomInt(1, 'x'));
show('bad cb', () => crypto.randomInt(1, 2, 3));
show('no args', () => crypto.randomInt());
show('NaN', () => crypto.randomInt(NaN));
show('max<min', () => crypto.randomInt(10, 3));
