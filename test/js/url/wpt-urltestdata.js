'use strict';
// Runs every case of the URL Standard's urltestdata.json (+ the JavaScript-only file) through
// new URL / URL.canParse / URL.parse; exits 1 listing failures.
const path = require('path');
const { URL } = require('url');
// The WPT data lives in the shared workspace next to the repo (/work/shared).
const data = [path.resolve(__dirname, '../../../../shared/data/wpt-url'), '/work/shared/data/wpt-url']
  .find((dir) => require('fs').existsSync(dir)) || '/work/shared/data/wpt-url';
const cases = [
  ...require(path.join(data, 'urltestdata.json')),
  ...require(path.join(data, 'urltestdata-javascript-only.json')),
].filter((c) => typeof c === 'object');

const fields = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
const failures = [];
let passed = 0;
for (const c of cases) {
  const label = `${JSON.stringify(c.input)} base ${JSON.stringify(c.base)}`;
  const base = c.base === null ? undefined : c.base;
  const problems = [];
  let url = null;
  try {
    url = base === undefined ? new URL(c.input) : new URL(c.input, base);
  } catch (err) {
    if (!c.failure) problems.push(`threw ${err.code} ${err.message}`);
  }
  if (c.failure) {
    if (url !== null) problems.push(`parsed as ${url.href}, expected failure`);
    if (URL.canParse(c.input, base)) problems.push('canParse true');
    if (URL.parse(c.input, base) !== null) problems.push('parse not null');
  } else if (url !== null) {
    for (const f of fields) {
      if (url[f] !== c[f]) problems.push(`${f}: ${JSON.stringify(url[f])} != ${JSON.stringify(c[f])}`);
    }
    if (c.origin !== undefined && url.origin !== c.origin) {
      problems.push(`origin: ${JSON.stringify(url.origin)} != ${JSON.stringify(c.origin)}`);
    }
    if (c.searchParams !== undefined && url.searchParams.toString() !== c.searchParams) {
      problems.push(`searchParams: ${url.searchParams.toString()} != ${c.searchParams}`);
    }
    if (!URL.canParse(c.input, base)) problems.push('canParse false');
    // Reparsing the serialization must give the same URL.
    if (URL.parse(url.href)?.href !== url.href) problems.push('href does not round-trip');
  }
  if (problems.length) failures.push(`${label}: ${problems.join('; ')}`);
  else passed++;
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`urltestdata: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
