// require('timers') exposes the same functions as the globals.
const timers = require('timers');
const names = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'];
for (const n of names) console.log(n, timers[n] === globalThis[n], typeof timers[n], timers[n].name, timers[n].length);
console.log('node:timers same', require('node:timers') === timers);
console.log('promises same', timers.promises === require('timers/promises'));
console.log('has active', typeof timers.active, 'has unenroll', typeof timers.unenroll, 'has enroll', typeof timers.enroll);
console.log('queueMicrotask global', typeof queueMicrotask, queueMicrotask.length);
