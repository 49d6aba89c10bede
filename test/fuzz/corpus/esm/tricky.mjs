#!/usr/bin/env node
import def, { a, b as c, "x-y" as xy } from './m.js';
import * as ns from "./ns.js" with { type: 'json' };
import './side.js';
export { a as reA, ns };
export const k = a + c, { p = def } = {};
export default function () { return a(); }
function f(a) { return a + c; }
let o = { a, c, [a]: 1, def() { return def; } };
label: for (const x of [a]) { if (x) break label; }
a = 1; [c, ns] = [1, 2]; ({ a } = o); a++;
x = typeof a / 2; y = /re[/]g/.test(`${a}/${`${c}`}`);
if (a) /foo/g.exec(c)
console.log(import.meta.url, await import('./x.js'), xy, ns.foo());
a()
c`tpl`
class K extends def { static s = a; #p = c; m() { return this.#p + a } static { a } }
export * from './star.js';
export * as nsx from './star2.js';
export { q as "w-z" } from './m.js';
