'use strict';
// subtle.digest settles asynchronously, after ticks and microtasks queued with it.
const { subtle } = require('crypto').webcrypto;
const order = [];
subtle.digest('SHA-1', new Uint8Array(1)).then(() => order.push('digest'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
setTimeout(() => console.log(order.join(',')), 100);
