// URL constructor errors: missing arguments, bad input, bad base, non-string values.
const { URL, URLSearchParams } = require('url');

const calls = [() => new URL(), () => new URL('nope'), () => new URL('x', 'also nope'), () => new URL('', ''), () => new URL(undefined),
  () => new URL(null), () => new URL('http://a', undefined), () => new URL({ toString: () => 'http://obj' }), ];
for (const f of calls) {
  try { const u = f(); console.log('ok', u.href); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e)); }
}
