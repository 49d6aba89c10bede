// The Stats and Dirent classes used directly: prototypes, predicates, Date accessors.
const fs = require('fs');
const { S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFBLK, S_IFCHR } = fs.constants;
const preds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
for (const [name, m] of Object.entries({ S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFBLK, S_IFCHR })) {
  const s = new fs.Stats(1, m | 0o644, 1, 0, 0, 0, 4096, 7, 10, 0, 1000, 2000, 3000, 4000);
  console.log(name, preds.filter((p) => s[p]()).join());
}
const s = new fs.Stats(1, S_IFREG, 1, 0, 0, 0, 4096, 7, 10, 0, 1500.5, 2000, 3000, 4000);
console.log(s.atime.toISOString(), s.mtime.getTime(), s.ctime.getTime(), s.birthtime.getTime());
console.log(Object.keys(s).join());
s.atime = 'replaced';
console.log(s.atime, Object.keys(s).includes('atime'));
console.log(typeof fs.Stats.prototype._checkModeProperty);
for (const type of [0, 1, 2, 3, 4, 5, 6, 7]) {
  const d = new fs.Dirent('n', type, 'p');
  console.log('dirent', type, preds.filter((p) => d[p]()).join(), d.name, d.parentPath, d.path);
}
console.log(Object.keys(new fs.Dirent('a', 1, 'b')).join());
