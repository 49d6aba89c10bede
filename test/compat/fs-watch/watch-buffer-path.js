// fs.watch with a Buffer path and a file: URL; filename is the entry name.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { setup } = require('../fs/fixtures/common');
const root = setup('watch-buffer-path');
fs.mkdirSync('d');
fs.mkdirSync('e');
const w1 = fs.watch(Buffer.from('d'), (type, name) => {
  console.log('buffer path', type, name);
  w1.close();
  const w2 = fs.watch(pathToFileURL(`${root}/e`), (type2, name2) => {
    console.log('url path', type2, name2);
    w2.close();
  });
  setTimeout(() => fs.mkdirSync('e/inner'), 100);
});
setTimeout(() => fs.mkdirSync('d/inner'), 100);
