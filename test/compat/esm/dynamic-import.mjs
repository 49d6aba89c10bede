// import(): caching, namespaces, errors as rejections.
const a = await import('./fixtures/lib.mjs');
const b = await import('./fixtures/lib.mjs');
console.log(a === b, a.counter);
const json = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(json.default.a);
for (const spec of ['./fixtures/missing.mjs', './fixtures/dir', 'no-such-package', 'node:nope', './fixtures/data.json']) {
  try {
    await import(spec);
    console.log('loaded', spec);
  } catch (e) {
    console.log(spec, '->', e.name, e.code, e.message.split(__dirnameFix()).join('<DIR>'));
  }
}
try { await import('./fixtures/throws.mjs'); } catch (e) { console.log('throws:', e.message); }
try { await import('./fixtures/throws.mjs'); } catch (e) { console.log('throws again (cached):', e.message); }
function __dirnameFix() { return import.meta.dirname; }
