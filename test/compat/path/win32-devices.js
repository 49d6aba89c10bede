'use strict';
// path.win32 with UNC roots, device paths (\\.\, \\?\) and DOS device names.
const w = require('path').win32;
const inputs = ['\\\\server\\share', '\\\\server\\share\\', '//server/share/dir/../..', '\\\\server', '\\\\.\\pipe\\name',
  '\\\\.\\pipe\\..\\..\\x', '\\\\?\\C:\\a\\..\\b', '\\\\?\\UNC\\s\\sh\\..', '//?/x', '\\\\.\\', '\\\\.',
  'CON', 'CON:', 'CON:a/../b', 'con:..', 'COM1:x', 'COM10:x', 'LPT9:/a', 'NUL.txt:x', 'AUXx', 'PRN/', 'x/CON:',
  'a:b', 'ab:c', 'x/ab:', './d:', 'x/c:/..', '::', ':a', 'a/../b:c', 'C:x/../y:'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify(w.normalize(p)), JSON.stringify(w.join(p, 'z')), JSON.stringify(w.join('z', p)));
}
