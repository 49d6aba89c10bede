// Timeout.close() cancels like clearTimeout.
const t = setTimeout(() => console.log('closed timeout should not run'), 1);
console.log('close returns timer', t.close() === t);
console.log('close twice ok', t.close() === t);
const iv = setInterval(() => {
  console.log('interval once');
  iv.close();
}, 1);
const t2 = setTimeout(() => console.log('t2 runs'), 2);
setTimeout(() => { t2.close(); console.log('closing an already-fired timer is fine'); }, 5);
