// umask get/set.
const orig = process.umask();
console.log('typeof', typeof orig, Number.isInteger(orig), orig >= 0 && orig <= 0o777);
console.log('set returns old', process.umask(0o27) === orig);
console.log('now', process.umask().toString(8));
console.log('octal string', process.umask('0022').toString(8), '->', process.umask().toString(8));
process.umask(orig);
console.log('restored', process.umask() === orig);
for (const bad of ['abc', -1, 1.5, {}, '999']) {
  try { process.umask(bad); console.log('accepted', JSON.stringify(bad)); process.umask(orig); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
