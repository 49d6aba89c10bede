// Delays above 2^31-1 trigger TimeoutOverflowWarning and become 1ms.
process.on('warning', (w) => {
  console.log('warning:', w.name);
  console.log('message:', w.message);
});
setTimeout(() => console.log('huge timeout fired quickly'), 2 ** 31);
setTimeout(() => console.log('max valid would not fire; cleared'), 2 ** 31 - 1).unref();
const iv = setInterval(() => { console.log('huge interval fired'); clearInterval(iv); }, 1e12);
setTimeout(() => console.log('Infinity fired'), Infinity);
