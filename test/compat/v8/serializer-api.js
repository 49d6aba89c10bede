// Serializer/Deserializer classes: raw writes/reads, header, transfer, host objects, subclasses.
const v8 = require('v8');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
}
const s = new v8.Serializer();
s.writeHeader();
console.log(s.writeValue({ x: [1, 2] }));
s.writeUint32(300);
s.writeUint64(1, 2);
s.writeDouble(-1.25);
s.writeRawBytes(Buffer.from('raw'));
const buf = s.releaseBuffer();
console.log(buf.toString('hex'), Buffer.isBuffer(buf));
const d = new v8.Deserializer(buf);
console.log(Object.keys(d), d.readHeader(), d.getWireFormatVersion());
console.log(JSON.stringify(d.readValue()), d.readUint32(), d.readUint64(), d.readDouble(), d.readRawBytes(3).toString());
t('read past end', () => d.readUint32());
t('release twice', () => s.releaseBuffer().length);
// Base Serializer writes typed arrays as ArrayBuffer + view.
const base = new v8.Serializer();
base.writeHeader();
base.writeValue(new Uint16Array([1, 2]));
console.log(base.releaseBuffer().toString('hex'));
// transferArrayBuffer
const ab = new ArrayBuffer(8);
const ts = new v8.Serializer();
ts.transferArrayBuffer(7, ab);
ts.writeHeader();
ts.writeValue({ ab });
const tbuf = ts.releaseBuffer();
console.log(tbuf.toString('hex'));
const td = new v8.Deserializer(tbuf);
const ab2 = new ArrayBuffer(8);
td.transferArrayBuffer(7, ab2);
td.readHeader();
console.log(td.readValue().ab === ab2);
// Custom host objects via subclass.
class MySer extends v8.DefaultSerializer {
  _writeHostObject(obj) {
    this.writeUint32(99);
    return super._writeHostObject(obj);
  }
}
const ms = new MySer();
ms.writeHeader();
ms.writeValue(new Uint8Array([5]));
console.log(ms.releaseBuffer().toString('hex'));
class MyErrSer extends v8.Serializer {}
MyErrSer.prototype._getDataCloneError = RangeError;
const me = new MyErrSer();
t('custom clone error', () => me.writeValue(() => 1));
t('proto names', () => Object.getOwnPropertyNames(v8.Serializer.prototype).join());
t('proto names d', () => Object.getOwnPropertyNames(v8.Deserializer.prototype).join());
t('default names', () => Object.getOwnPropertyNames(v8.DefaultSerializer.prototype).join() + ' ' + Object.getOwnPropertyNames(v8.DefaultDeserializer.prototype).join());
t('lengths', () => [v8.Serializer.length, v8.Deserializer.length, v8.serialize.length, v8.deserialize.length].join());
