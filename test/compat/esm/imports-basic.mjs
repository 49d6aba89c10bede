// Named, default, namespace and renamed imports; live bindings; read-only imports.
import def, { counter, inc, Klass, obj, renamed, 'string name' as sn } from './fixtures/lib.mjs';
import * as ns from './fixtures/lib.mjs';
import fs, { readFileSync } from 'node:fs';
import { join } from 'path';
console.log(def(), def.name, counter, renamed, sn);
inc();
console.log('live:', counter, ns.counter);
console.log(Object.keys(ns), ns[Symbol.toStringTag], Object.isExtensible(ns), Object.getPrototypeOf(ns));
console.log(new Klass().name, obj.a, typeof fs.readFileSync, readFileSync === fs.readFileSync, join('a', 'b'));
try { counter = 5; } catch (e) { console.log(e.name, e.message); }
try { ns.counter = 5; } catch (e) { console.log(e.name); }
