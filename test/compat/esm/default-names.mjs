// Names of default and anonymous exports; .js under "type": "module"; syntax detection.
import Named, { anon, fn, arrow } from './fixtures/typemod/mod.js';
import def, { libDefault, count } from './fixtures/reexport-default.mjs';
import esm, * as flagged from './fixtures/esmodule-flag.cjs';
console.log(Named.name, anon.name, fn.name, arrow.name, def.name, def === libDefault, count);
console.log(esm, flagged.default === esm, flagged.other, Object.keys(flagged).sort());
await import('./fixtures/noType/entry.js');
