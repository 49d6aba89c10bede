// ReadStream consumed by async iteration, setEncoding, pause/resume and a URL path.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { setup } = require('../fs/fixtures/common');
const root = setup('rs-iterate');
fs.writeFileSync('u.txt', 'h\u00e9llo w\u00f6rld '.repeat(3));
(async () => {
  const parts = [];
  for await (const c of fs.createReadStream('u.txt', { highWaterMark: 7 })) parts.push(c.length);
  console.log('chunk sizes', parts.join());
  const rs = fs.createReadStream('u.txt', { highWaterMark: 3 });
  rs.setEncoding('utf8');
  let s = '';
  for await (const c of rs) s += c;
  console.log('utf8 split safe', JSON.stringify(s));
  const rs2 = fs.createReadStream(pathToFileURL(`${root}/u.txt`), { end: 4 });
  console.log('url path is string', typeof rs2.path, rs2.path === `${root}/u.txt`);
  for await (const c of rs2) console.log('url read', c.toString('latin1').length);
  const rs3 = fs.createReadStream('u.txt', { highWaterMark: 4 });
  const seen = [];
  rs3.on('data', (c) => {
    seen.push(c.length);
    if (seen.length === 1) { rs3.pause(); console.log('paused', rs3.isPaused()); setTimeout(() => rs3.resume(), 20); }
  });
  await new Promise((r) => rs3.on('end', r));
  console.log('after resume chunks', seen.length, 'bytesRead', rs3.bytesRead);
  const chunks = await fs.createReadStream('u.txt', { start: 1, end: 2 }).toArray();
  console.log('toArray', chunks.map((c) => [...c]));
})();
