// Property descriptors of a module namespace: V8 reports data properties.
import * as ns from './fixtures/lib.mjs';
console.log(Object.getOwnPropertyDescriptor(ns, 'counter'));
console.log(Object.getOwnPropertyDescriptors(ns).default.writable);
