// require() of 500 small modules (generated once into a temp dir, then loaded each run).
const fs = require('fs');
const path = require('path');
const dir = path.join(require('os').tmpdir(), 'cnode-bench-require-500');
if (!fs.existsSync(path.join(dir, 'm499.js'))) {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 500; i++) {
    fs.writeFileSync(path.join(dir, `m${i}.js`),
      `const base = require('path').basename(__filename);\nmodule.exports = { id: ${i}, base, f(x) { return x + ${i}; } };\n`);
  }
}
let sum = 0;
for (let i = 0; i < 500; i++) sum += require(path.join(dir, `m${i}.js`)).f(1);
if (sum !== 500 + (499 * 500) / 2) throw new Error(`bad sum ${sum}`);
