// A missing named export is a SyntaxError at link time (nothing runs).
console.log('never printed');
import { nope } from './fixtures/lib.mjs';
