// WriteStream close(cb), destroySoon, autoClose false, flush, destroy during write.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('ws-close');
(async () => {
  await new Promise((resolve) => {
    const ws = fs.createWriteStream('a.txt');
    ws.write('abc');
    ws.close((err) => { console.log('close cb', err, ws.closed, fs.readFileSync('a.txt', 'utf8')); resolve(); });
  });
  await new Promise((resolve) => {
    const ws = fs.createWriteStream('b.txt');
    ws.on('close', () => {
      ws.close(() => { console.log('close cb after closed'); resolve(); });
    });
    ws.end('x');
  });
  await new Promise((resolve) => {
    const ws = fs.createWriteStream('c.txt', { autoClose: false });
    console.log('autoClose', ws.autoClose);
    ws.end('data', () => {
      setTimeout(() => {
        console.log('after finish fd is number', typeof ws.fd, 'closed', ws.closed);
        ws.on('close', () => { console.log('closed manually', ws.fd, ws.closed); resolve(); });
        ws.destroy();
      }, 20);
    });
  });
  await new Promise((resolve) => {
    const ws = fs.createWriteStream('d.txt', { flush: true });
    ws.end('flushed', () => {});
    ws.on('close', () => { console.log('flush', fs.readFileSync('d.txt', 'utf8')); resolve(); });
  });
  await new Promise((resolve) => {
    const ws = fs.createWriteStream('e.txt');
    console.log('destroySoon is end', ws.destroySoon === ws.end);
    ws.write('q');
    ws.destroySoon();
    ws.on('close', () => { console.log('destroySoon', fs.readFileSync('e.txt', 'utf8')); resolve(); });
  });
  await new Promise((resolve) => {
    const ws = fs.createWriteStream('f.txt');
    ws.on('open', () => {
      ws.write('zzz', (err) => console.log('write cb after destroy', err && err.code));
      ws.destroy();
    });
    ws.on('close', () => { setTimeout(() => { console.log('destroy closed', ws.destroyed, ws.fd); resolve(); }, 20); });
  });
})();
