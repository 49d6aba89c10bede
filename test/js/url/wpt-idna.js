'use strict';
// Runs the URL Standard's IdnaTestV2.json (UTS #46 conformance cases) through new URL:
// output null means parsing fails. Exits 1 listing failures.
const path = require('path');
const { URL } = require('url');
// The WPT data lives in the shared workspace next to the repo (/work/shared).
const data = [path.resolve(__dirname, '../../../../shared/data/wpt-url'), '/work/shared/data/wpt-url']
  .find((dir) => require('fs').existsSync(dir)) || '/work/shared/data/wpt-url';
const cases = require(path.join(data, 'IdnaTestV2.json')).filter((c) => typeof c === 'object');

const failures = [];
let passed = 0;
let skipped = 0;
for (const c of cases) {
  // An empty host cannot be expressed through new URL('https:///x').
  if (c.input === '') continue;
  // Delimiters end the host before IDNA runs, so such inputs say nothing about UTS #46 here.
  if (/[/?#\\]/.test(c.input)) {
    skipped++;
    continue;
  }
  const url = URL.parse(`https://${c.input}/x`);
  let problem = null;
  if (c.output === null) {
    if (url !== null) problem = `parsed host ${JSON.stringify(url.host)}, expected failure`;
  } else if (url === null) {
    problem = 'failed to parse';
  } else if (url.host !== c.output) {
    problem = `host ${JSON.stringify(url.host)} != ${JSON.stringify(c.output)}`;
  }
  if (problem) failures.push(`${JSON.stringify(c.input)}: ${problem}`);
  else passed++;
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`IdnaTestV2: ${passed} passed, ${failures.length} failed, ${skipped} skipped`);
process.exitCode = failures.length ? 1 : 0;
