// Cycles: evaluation order, TDZ for not-yet-evaluated bindings, hoisted functions.
import { a, fromA } from './fixtures/cycle-a.mjs';
console.log('main:', a, fromA());
