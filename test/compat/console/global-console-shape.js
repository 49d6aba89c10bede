// The global console object: its methods, helpers and the Console class.
const keys = Object.keys(console);
console.log(keys.join());
for (const k of keys) console.log(k, typeof console[k]);
console.log(typeof console._stdout, typeof console._stderr);
console.log(Object.getOwnPropertyDescriptor(console, '_stdout').enumerable);
console.log(console.log === console.log, console.log !== console.info);
console.log(typeof console.Console, console.Console.name);
console.profile('p');
console.profileEnd('p');
console.timeStamp('t');
console.log('done');
