// fs.globSync cwd, exclude (function and patterns), withFileTypes, and validation.
const fs = require("fs");
const { setup } = require("../fs/fixtures/common");
setup("glob-options");
for (const d of ["a/b/c", "d", ".hid"]) fs.mkdirSync(d, { recursive: true });
for (const f of ["x.js", "y.ts", "a/z.js", "a/b/w.js", "a/b/c/v.md", "d/u.js", ".hid/h.js", ".dot.js", "a/.e.js"]) fs.writeFileSync(f, "");
const show = (r) => r.map((x) => (typeof x === "string" ? x : `${x.name}@${x.parentPath}${x.isDirectory() ? "/" : ""}`)).sort().join(" ");
function g(p, o) { try { return show(fs.globSync(p, o)); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } }
console.log('cwd', g('*.js', { cwd: 'a' }));
console.log('cwd nested', g('**', { cwd: 'a/b' }));
console.log('cwd missing', g('*', { cwd: 'missing' }));
console.log('exclude fn', g('**/*.js', { exclude: (p) => p.startsWith('a') }));
const seen = [];
g('a/**', { exclude: (p) => { seen.push(p); return false; } });
console.log('exclude args include', seen.includes('a/b/w.js'), seen.includes('a/b'));
console.log('exclude patterns', g('**/*.js', { exclude: ['a/**'] }));
console.log('exclude patterns 2', g('**', { exclude: ['**/*.js', 'd'] }));
console.log('withFileTypes', g('a/*', { withFileTypes: true }));
console.log('withFileTypes top', g('*', { withFileTypes: true }));
console.log('withFileTypes exclude', g('a/*', { withFileTypes: true, exclude: (d) => d.name === 'b' }));
for (const b of [1, [1], null, {}, ['ok', 2]]) console.log('bad pattern', g(b));
for (const o of [1, 'str', { cwd: 1 }, { exclude: 1 }, { exclude: [1] }]) console.log('bad opt', JSON.stringify(o), g('*', o));
console.log('withFileTypes truthy', g('*.js', { withFileTypes: 1 }));
