// CommonJS, JSON and package imports from ES modules; createRequire.
import cjs from './fixtures/dep.cjs';
import * as cjsNs from './fixtures/dep.cjs';
import data from './fixtures/data.json' with { type: 'json' };
import pkg, { kind } from 'esm-pkg';
import { sub } from 'esm-pkg/sub';
import cjsPkg from 'cjs-pkg';
import { createRequire } from 'node:module';
console.log(cjs.named, cjs.fn(), Object.keys(cjsNs).sort(), cjsNs.default === cjs);
console.log(data, pkg, kind, sub, cjsPkg(), cjsPkg.extra);
const require = createRequire(import.meta.url);
console.log(require('esm-pkg').kind, require('./fixtures/dep.cjs') === cjs);
console.log(typeof import.meta.url, import.meta.url.endsWith('/interop.mjs'), import.meta.filename.endsWith('interop.mjs'), typeof import.meta.dirname);
console.log(import.meta.resolve('./fixtures/lib.mjs').endsWith('/fixtures/lib.mjs'), import.meta.resolve('node:fs'), import.meta.resolve('fs'));
