// node:dgram export shape and Socket prototype.
const dgram = require('dgram');
for (const k of Object.keys(dgram)) console.log(k, typeof dgram[k], dgram[k].length);
const proto = dgram.Socket.prototype;
for (const k of Object.getOwnPropertyNames(proto).filter((k) => !k.startsWith('_')).sort()) {
  console.log(k, typeof proto[k], typeof proto[k] === 'function' ? proto[k].length : '');
}
console.log(typeof proto[Symbol.asyncDispose]);
const s = dgram.createSocket('udp4');
console.log(Object.keys(s), s.type, s instanceof require('events'));
console.log(dgram.createSocket({ type: 'udp6' }).type);
s.close();
