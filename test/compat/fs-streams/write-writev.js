// WriteStream batching (cork/uncork -> writev), setDefaultEncoding via encoding option, start.
const fs = require('fs');
const { setup } = require('../fs/fixtures/common');
setup('ws-writev');
const calls = [];
const myFs = {
  open: (...a) => { calls.push('open'); return fs.open(...a); },
  write: (...a) => { calls.push('write:' + a[3]); return fs.write(...a); },
  writev: (...a) => { calls.push('writev:' + a[1].length); return fs.writev(...a); },
  close: (...a) => { calls.push('close'); return fs.close(...a); },
};
const ws = fs.createWriteStream('v.txt', { fs: myFs });
ws.on('open', () => {
  ws.cork();
  ws.write('a');
  ws.write('bb');
  ws.write('ccc');
  ws.uncork();
  ws.end('dddd');
});
ws.on('close', () => {
  console.log('calls', calls.join(','));
  console.log('content', fs.readFileSync('v.txt', 'utf8'), ws.bytesWritten);
  const ws2 = fs.createWriteStream('e.txt', { encoding: 'hex' });
  ws2.end('414243');
  ws2.on('close', () => {
    console.log('hex encoding', fs.readFileSync('e.txt', 'utf8'));
    fs.writeFileSync('s.txt', '..........');
    const ws3 = fs.createWriteStream('s.txt', { flags: 'r+', start: 3 });
    ws3.cork(); ws3.write('AB'); ws3.write('CD'); ws3.uncork(); ws3.end('E');
    ws3.on('close', () => console.log('start writev', fs.readFileSync('s.txt', 'utf8'), ws3.bytesWritten));
  });
});
