'use strict';
// path functions reject non-string arguments with Node's ERR_INVALID_ARG_TYPE.
const path = require('path');
const bad = [undefined, null, 42, true, {}, [], () => {}, Symbol('s'), 10n];
for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  const calls = {
    normalize: (v) => p.normalize(v), join: (v) => p.join('a', v), resolve: (v) => p.resolve('/x', v),
    relativeFrom: (v) => p.relative(v, 'a'), relativeTo: (v) => p.relative('a', v),
    dirname: (v) => p.dirname(v), basename: (v) => p.basename(v), basenameSuffix: (v) => p.basename('a', v),
    extname: (v) => p.extname(v), isAbsolute: (v) => p.isAbsolute(v), parse: (v) => p.parse(v),
    matchesGlobPath: (v) => p.matchesGlob(v, '*'), matchesGlobPattern: (v) => p.matchesGlob('a', v),
  };
  for (const [name, fn] of Object.entries(calls)) {
    for (const v of bad) {
      try {
        const r = fn(v);
        console.log(flavor, name, typeof v, 'ok', JSON.stringify(r));
      } catch (err) {
        console.log(flavor, name, typeof v, err.name, err.code, err.message);
      }
    }
  }
  console.log(flavor, 'toNamespacedPath', p.toNamespacedPath(42), p.toNamespacedPath(null));
}
