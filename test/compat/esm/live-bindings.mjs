// Live bindings across modules, including re-exported ones and namespace objects.
import { counter, inc } from './fixtures/lib.mjs';
import { c } from './fixtures/reexport-live.mjs';
import * as ns from './fixtures/reexport-live.mjs';
console.log(counter, c, ns.c);
inc(); inc();
console.log(counter, c, ns.c);
