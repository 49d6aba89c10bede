// Errors from serialize/deserialize: uncloneable values, bad input, bad versions, truncation.
const v8 = require('v8');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', typeof r === 'object' ? JSON.stringify(r) : r); } catch (e) { console.log(label, e.name, e.code, e.message, e.constructor === Error); }
}
t('function', () => v8.serialize(function named() {}));
t('symbol', () => v8.serialize(Symbol('x')));
t('nested symbol', () => v8.serialize({ a: [Symbol.iterator] }));
t('weakmap', () => v8.serialize(new WeakMap()));
t('weakset', () => v8.serialize({ w: new WeakSet() }));
t('promise', () => v8.serialize(Promise.resolve()));
t('deserialize number', () => v8.deserialize(1));
t('deserialize string', () => v8.deserialize('ff0f'));
t('Deserializer()', () => new v8.Deserializer());
t('bad version', () => v8.deserialize(Buffer.from('0102', 'hex')));
t('future version', () => v8.deserialize(Buffer.from('ff2049', 'hex')));
t('empty value', () => v8.deserialize(Buffer.from('ff0f', 'hex')));
t('truncated int', () => v8.deserialize(Buffer.from('ff0f49', 'hex')));
t('unknown tag', () => v8.deserialize(Buffer.from('ff0f01', 'hex')));
t('truncated string', () => v8.deserialize(Buffer.from('ff0f220561', 'hex')));
t('bad ref', () => v8.deserialize(Buffer.from('ff0f5e05', 'hex')));
t('bad object count', () => v8.deserialize(Buffer.from('ff0f6f22016149027b05', 'hex')));
t('writeRawBytes', () => new v8.Serializer().writeRawBytes('x'));
t('no header', () => new v8.Deserializer(Buffer.from('4902', 'hex')).readValue());
