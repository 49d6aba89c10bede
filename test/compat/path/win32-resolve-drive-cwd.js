'use strict';
// path.win32.resolve uses the per-drive cwd from the '=X:' environment variables.
const path = require('path');
process.chdir('/usr/lib'); // a fixed cwd so the golden does not depend on the checkout path
const w = path.win32;
process.env['=C:'] = 'C:\\Users\\me';
process.env['=D:'] = 'd:\\work';
process.env['=E:'] = '\\\\server\\share\\dir';
for (const parts of [['C:'], ['C:x'], ['c:x\\..\\y'], ['D:'], ['D:a', 'b'], ['E:'], ['E:z'], ['F:'], ['F:q'], ['C:a', 'D:b'], ['D:\\abs', 'C:rel']]) {
  console.log(JSON.stringify(parts), JSON.stringify(w.resolve(...parts)));
}
console.log(JSON.stringify(w.toNamespacedPath('C:rel')), JSON.stringify(w.toNamespacedPath('D:')));
console.log(JSON.stringify(w.relative('C:a', 'C:b')), JSON.stringify(w.relative('C:a', 'D:b')));
