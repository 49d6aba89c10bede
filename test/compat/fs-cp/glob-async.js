// fs.glob (callback) and fs.promises.glob (async iterator).
const fs = require("fs");
const { setup, clean } = require("../fs/fixtures/common");
setup("glob-async");
for (const d of ["a/b/c", "d", ".hid"]) fs.mkdirSync(d, { recursive: true });
for (const f of ["x.js", "y.ts", "a/z.js", "a/b/w.js", "a/b/c/v.md", "d/u.js", ".hid/h.js", ".dot.js", "a/.e.js"]) fs.writeFileSync(f, "");
const show = (r) => r.map((x) => (typeof x === "string" ? x : `${x.name}@${x.parentPath}${x.isDirectory() ? "/" : ""}`)).sort().join(" ");
function g(p, o) { try { return show(fs.globSync(p, o)); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } }
(async () => {
  await new Promise((r) => fs.glob('*.js', (e, res) => { console.log('cb', e, res.sort()); r(); }));
  await new Promise((r) => fs.glob('**/*.js', { cwd: 'a' }, (e, res) => { console.log('cb cwd', e, res.sort()); r(); }));
  await new Promise((r) => fs.glob('a/*', { withFileTypes: true }, (e, res) => { console.log("cb wft", e, clean(show(res))); r(); }));
  try { fs.glob('*'); } catch (e) { console.log('no cb', e.code, e.message); }
  try { fs.glob(1, () => {}); } catch (e) { console.log('bad pattern cb', e.code, e.message); }
  const it = fs.promises.glob('**/*.md');
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  const out = [];
  for await (const x of it) out.push(x);
  console.log('promises', out);
  const out2 = [];
  for await (const x of require('fs/promises').glob(['*.ts', 'd/*'], { exclude: (p) => p === 'd/u.js' })) out2.push(x);
  console.log('promises array', out2.sort());
  try { for await (const x of fs.promises.glob(5)) console.log(x); } catch (e) { console.log('promises bad', e.code, e.message); }
})();
