// Top-level await: sibling order, parents wait for async children, tick/promise ordering.
import { one } from './fixtures/tla-1.mjs';
import { two } from './fixtures/tla-2.mjs';
console.log('main runs after both', one, two);
process.nextTick(() => console.log('tick'));
await null;
console.log('after await in main');
setTimeout(() => console.log('timer'), 0);
await new Promise((r) => setImmediate(r));
console.log('after immediate');
