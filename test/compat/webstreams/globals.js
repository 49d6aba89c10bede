// The web stream classes are globals, identical to node:stream/web's exports.
const web = require('stream/web');
for (const name of Object.keys(web)) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], globalThis[name] === web[name],
    d && d.writable, d && d.enumerable, d && d.configurable);
}
console.log(Object.keys(globalThis).filter((k) => k in web).length);
