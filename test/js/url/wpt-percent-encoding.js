'use strict';
// Runs the utf-8 cases of the URL Standard's percent-encoding.json through a special URL's
// query and fragment (UTF-8 is the only encoding a URL object uses); exits 1 listing failures.
const path = require('path');
const { URL } = require('url');
// The WPT data lives in the shared workspace next to the repo (/work/shared).
const data = [path.resolve(__dirname, '../../../../shared/data/wpt-url'), '/work/shared/data/wpt-url']
  .find((dir) => require('fs').existsSync(dir)) || '/work/shared/data/wpt-url';
const cases = require(path.join(data, 'percent-encoding.json')).filter((c) => typeof c === 'object');

const failures = [];
let passed = 0;
for (const c of cases) {
  const expected = c.output['utf-8'];
  const url = new URL(`https://doesnotmatter.invalid/?${c.input}#${c.input}`);
  const problems = [];
  if (url.search !== `?${expected}`) problems.push(`search ${JSON.stringify(url.search)}`);
  // The fragment percent-encode set differs from the query one only in characters these
  // cases do not use, so the fragment must match too.
  if (url.hash !== `#${expected}`) problems.push(`hash ${JSON.stringify(url.hash)}`);
  if (problems.length) failures.push(`${JSON.stringify(c.input)} -> ${expected}: ${problems.join('; ')}`);
  else passed++;
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`percent-encoding: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
