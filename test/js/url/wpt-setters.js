'use strict';
// Runs every case of the URL Standard's setters_tests.json; exits 1 listing failures.
const path = require('path');
const { URL } = require('url');
// The WPT data lives in the shared workspace next to the repo (/work/shared).
const data = [path.resolve(__dirname, '../../../../shared/data/wpt-url'), '/work/shared/data/wpt-url']
  .find((dir) => require('fs').existsSync(dir)) || '/work/shared/data/wpt-url';
const tests = require(path.join(data, 'setters_tests.json'));

const failures = [];
let passed = 0;
for (const attr of Object.keys(tests)) {
  if (attr === 'comment') continue;
  for (const c of tests[attr]) {
    const problems = [];
    try {
      const url = new URL(c.href);
      url[attr] = c.new_value;
      for (const [k, v] of Object.entries(c.expected)) {
        if (url[k] !== v) problems.push(`${k}: ${JSON.stringify(url[k])} != ${JSON.stringify(v)}`);
      }
      if (URL.parse(url.href)?.href !== url.href) problems.push('href does not round-trip');
    } catch (err) {
      problems.push(`threw ${err.code} ${err.message}`);
    }
    if (problems.length) {
      failures.push(`${attr} ${JSON.stringify(c.href)} = ${JSON.stringify(c.new_value)}: ${problems.join('; ')}`);
    } else {
      passed++;
    }
  }
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`setters_tests: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
