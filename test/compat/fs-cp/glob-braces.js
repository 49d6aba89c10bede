// fs.globSync {a,b} alternatives, . and .. segments, arrays of patterns.
const fs = require("fs");
const { setup } = require("../fs/fixtures/common");
setup("glob-braces");
for (const d of ["a/b/c", "d", ".hid"]) fs.mkdirSync(d, { recursive: true });
for (const f of ["x.js", "y.ts", "a/z.js", "a/b/w.js", "a/b/c/v.md", "d/u.js", ".hid/h.js", ".dot.js", "a/.e.js"]) fs.writeFileSync(f, "");
const show = (r) => r.map((x) => (typeof x === "string" ? x : `${x.name}@${x.parentPath}${x.isDirectory() ? "/" : ""}`)).sort().join(" ");
function g(p, o) { try { return show(fs.globSync(p, o)); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } }
for (const p of ['{x,y}.*', 'a/{b,z.js}', '**/*.{js,md}', '{a,d}/*.js', '{a/{b,z.js},d}', 'a/b/../z.js', './x.js', 'a/./z.js', 'a//z.js', 'a/b/c/../../z.js']) console.log(JSON.stringify(p), '=>', g(p));
console.log('array', g(['*.js', '*.ts']));
console.log('array overlap', g(['*.js', 'x.*', '**/x.js']));
console.log('empty array', g([]));
