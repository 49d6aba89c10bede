// fs.globSync ** (globstar) patterns: descent, self match, trailing slash.
const fs = require("fs");
const { setup } = require("../fs/fixtures/common");
setup("glob-globstar");
for (const d of ["a/b/c", "d", ".hid"]) fs.mkdirSync(d, { recursive: true });
for (const f of ["x.js", "y.ts", "a/z.js", "a/b/w.js", "a/b/c/v.md", "d/u.js", ".hid/h.js", ".dot.js", "a/.e.js"]) fs.writeFileSync(f, "");
const show = (r) => r.map((x) => (typeof x === "string" ? x : `${x.name}@${x.parentPath}${x.isDirectory() ? "/" : ""}`)).sort().join(" ");
function g(p, o) { try { return show(fs.globSync(p, o)); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } }
for (const p of ['**', '**/*.js', 'a/**', 'a/**/', '**/', 'a/**/*.js', '**/c/*', '**/.e.js', 'a/**/b/**', '**/b', '**/*.md', '**/**/*.md', 'a/**/c']) console.log(JSON.stringify(p), '=>', g(p));
