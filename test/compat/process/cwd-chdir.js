// cwd / chdir, including errors.
const path = require('path');
const start = process.cwd();
console.log('absolute', path.isAbsolute(start), 'typeof', typeof start);
console.log('script dir matches cwd', start === __dirname);
process.chdir('/tmp');
console.log('after chdir /tmp:', process.cwd());
console.log('chdir returns', process.chdir('/'));
console.log('after chdir /:', process.cwd());
process.chdir('tmp');
console.log('relative chdir:', process.cwd());
for (const bad of ['/nonexistent-cnode-dir', '/etc/passwd']) {
  try {
    process.chdir(bad);
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest);
    console.log('  ', e.message);
  }
}
for (const bad of [5, undefined, null]) {
  try { process.chdir(bad); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
process.chdir(start);
console.log('back', process.cwd() === start);
