// The exported names of node:fs and node:fs/promises and their types.
const fs = require('fs');
const skip = new Set(['createReadStream', 'createWriteStream', 'ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream', 'watch', 'watchFile', 'unwatchFile', 'cp', 'cpSync', 'glob', 'globSync', 'openAsBlob']);
for (const k of Object.keys(fs)) if (!skip.has(k)) console.log(k, typeof fs[k]);
const fsp = require('fs/promises');
for (const k of Object.keys(fsp)) if (!skip.has(k)) console.log('promises', k, typeof fsp[k]);
console.log(fs.promises === fsp, require('node:fs') === fs, require('node:fs/promises') === fsp);
console.log(typeof fs.realpathSync.native, typeof fs.realpath.native);
console.log(fs.readFileSync.name, fs.promises.readFile.name, fs.Stats.name, fs.Dirent.name, fs.Dir.name);
