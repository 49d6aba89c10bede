// FileHandle.createReadStream/createWriteStream/readLines.
const fs = require('fs');
const fsp = require('fs/promises');
const { setup } = require('../fs/fixtures/common');
setup('fh-streams');
(async () => {
  fs.writeFileSync('a.txt', 'line one\nline two\r\nline three\n\nlast');
  const fh = await fsp.open('a.txt');
  const rs = fh.createReadStream({ start: 5, end: 12, encoding: 'utf8' });
  console.log('fd matches', rs.fd === fh.fd, 'path', rs.path);
  let s = '';
  for await (const c of rs) s += c;
  console.log('read', JSON.stringify(s));
  await new Promise((r) => setTimeout(r, 20));
  console.log('handle fd after stream', fh.fd);

  const fh2 = await fsp.open('a.txt');
  const lines = [];
  for await (const line of fh2.readLines()) lines.push(line);
  console.log('lines', JSON.stringify(lines));

  const fh3 = await fsp.open('b.txt', 'w');
  const ws = fh3.createWriteStream();
  ws.write('from handle ');
  ws.end('stream');
  await new Promise((r) => ws.on('close', r));
  console.log('written', fs.readFileSync('b.txt', 'utf8'), ws.bytesWritten, fh3.fd);

  const fh4 = await fsp.open('a.txt');
  const rs4 = fh4.createReadStream({ autoClose: false, end: 3 });
  for await (const c of rs4) console.log('no autoClose chunk', String(c));
  console.log('handle still open', fh4.fd > 0);
  await fh4.close();
  console.log('closed', fh4.fd);
  try { (await fsp.open('a.txt')).createReadStream({ fs: {} }); } catch (e) { console.log(e.code, e.message); }
})();
