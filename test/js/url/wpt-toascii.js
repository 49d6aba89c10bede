'use strict';
// Runs every case of the URL Standard's toascii.json through new URL (host and hostname
// setter too); exits 1 listing failures.
const path = require('path');
const { URL } = require('url');
// The WPT data lives in the shared workspace next to the repo (/work/shared).
const data = [path.resolve(__dirname, '../../../../shared/data/wpt-url'), '/work/shared/data/wpt-url']
  .find((dir) => require('fs').existsSync(dir)) || '/work/shared/data/wpt-url';
const cases = require(path.join(data, 'toascii.json')).filter((c) => typeof c === 'object');

const failures = [];
let passed = 0;
for (const c of cases) {
  const problems = [];
  const url = URL.parse(`https://${c.input}/x`);
  if (c.output === null) {
    if (url !== null) problems.push(`parsed host ${JSON.stringify(url.host)}, expected failure`);
  } else if (url === null) {
    problems.push('failed to parse');
  } else {
    if (url.host !== c.output) problems.push(`host ${JSON.stringify(url.host)} != ${JSON.stringify(c.output)}`);
    if (url.hostname !== c.output) problems.push(`hostname ${JSON.stringify(url.hostname)}`);
    if (url.pathname !== '/x') problems.push(`pathname ${JSON.stringify(url.pathname)}`);
    if (url.href !== `https://${c.output}/x`) problems.push(`href ${JSON.stringify(url.href)}`);
  }
  for (const setter of ['host', 'hostname']) {
    const u = new URL('https://x/x');
    u[setter] = c.input;
    const want = c.output === null ? 'x' : c.output;
    if (u[setter] !== want) problems.push(`${setter} setter: ${JSON.stringify(u[setter])} != ${JSON.stringify(want)}`);
  }
  if (problems.length) failures.push(`${JSON.stringify(c.input)}: ${problems.join('; ')}`);
  else passed++;
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`toascii: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
