// ByteLengthQueuingStrategy and CountQueuingStrategy.
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('stream/web');
const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const c = new CountQueuingStrategy({ highWaterMark: 3 });
console.log(b.highWaterMark, c.highWaterMark);
console.log(b.size(new Uint8Array(5)), b.size({ byteLength: 7 }), c.size('anything'), c.size());
console.log(b.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size, c.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
console.log(b.size.name, b.size.length, c.size.name, c.size.length);
console.log(new CountQueuingStrategy({ highWaterMark: '5' }).highWaterMark, new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark);
function t(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); } }
t('no init', () => new CountQueuingStrategy());
t('null init', () => new ByteLengthQueuingStrategy(null));
t('empty init', () => new CountQueuingStrategy({}));
t('number init', () => new ByteLengthQueuingStrategy(4));
t('getter on object', () => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({}));
t('size getter on object', () => Object.getOwnPropertyDescriptor(ByteLengthQueuingStrategy.prototype, 'size').get.call({}));
try { b.size(null); } catch (e) { console.log('byteLength of null', e.name); }
console.log(Object.keys(b), JSON.stringify(c));
