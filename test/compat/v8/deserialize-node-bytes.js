// v8.deserialize reading bytes as Node writes them (hex tables recorded from Node 22).
const v8 = require('v8');
const table = [
  'ff0f4902', 'ff0f4e000000000000f83f', 'ff0f2203616263', 'ff0f63046100ac20', 'ff0f6f22016149022201622201787b02',
  'ff0f4103490249044906240003', 'ff0f61034900490249044906400203', 'ff0f440000000000000000',
  'ff0f52220461622b633f', 'ff0f3b490249043a02', 'ff0f272201612c01', 'ff0f5c0103010203', 'ff0f5c0a020102',
  'ff0f5a20d20a3f4eeee073c3f60fe98e01000000', 'ff0f6f2201616f7b002201625e017b02', 'ff0f72526d22016d732201532e',
  'ff0f420201025642000200', 'ff0f4203000000563f010100', 'ff0d4902', 'ff0f3f024f',
  'ff0f5302c3a9', 'ff0f55ff01', 'ff0f410249022d240002', 'ff0f00630261002200',
];
for (const hex of table) {
  try {
    const v = v8.deserialize(Buffer.from(hex, 'hex'));
    console.log(hex, Object.prototype.toString.call(v), typeof v === 'bigint' ? String(v) : JSON.stringify(v, (k, x) => typeof x === 'bigint' ? String(x) : x));
  } catch (e) {
    console.log(hex, 'throws', e.name, e.message);
  }
}
