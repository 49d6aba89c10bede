// fs/promises readFile/writeFile/appendFile: paths, FileHandles, iterables, signals, errors.
const fsp = require('fs/promises');
const fs = require('fs');
const { setup, fmt } = require('./fixtures/common');
setup('promises-files');
(async () => {
  console.log('writeFile', await fsp.writeFile('a', 'text'), fs.readFileSync('a', 'utf8'));
  console.log('readFile utf8', await fsp.readFile('a', 'utf8'));
  console.log('readFile buffer', (await fsp.readFile('a')).toString('hex'));
  console.log('readFile options', await fsp.readFile('a', { encoding: 'base64' }));
  console.log('writeFile buffer', await fsp.writeFile('a', Buffer.from('buf')), fs.readFileSync('a', 'utf8'));
  console.log('writeFile encoding', await fsp.writeFile('a', '6869', 'hex'), fs.readFileSync('a', 'utf8'));
  console.log('writeFile Set', await fsp.writeFile('a', new Set(['x', 'y'])), fs.readFileSync('a', 'utf8'));
  async function* gen() { yield 'g1'; yield Buffer.from('g2'); }
  console.log('writeFile async gen', await fsp.writeFile('a', gen()), fs.readFileSync('a', 'utf8'));
  console.log('appendFile', await fsp.appendFile('a', '+'), fs.readFileSync('a', 'utf8'));
  console.log('appendFile new', await fsp.appendFile('b', 'new'), fs.readFileSync('b', 'utf8'));
  console.log('writeFile mode', await fsp.writeFile('m', '', { mode: 0o600 }), (fs.statSync('m').mode & 0o777).toString(8));
  const fh = await fsp.open('a', 'r');
  console.log('readFile handle', await fsp.readFile(fh, 'utf8'));
  await fh.close();
  const wh = await fsp.open('w', 'w');
  console.log('writeFile handle', await fsp.writeFile(wh, 'via handle'), fs.readFileSync('w', 'utf8'));
  await wh.close();
  for (const [label, p] of [
    ['readFile missing', () => fsp.readFile('nope')],
    ['readFile dir', () => (fs.mkdirSync('d'), fsp.readFile('d'))],
    ['readFile aborted', () => fsp.readFile('a', { signal: AbortSignal.abort() })],
    ['writeFile aborted', () => fsp.writeFile('c', 'x', { signal: AbortSignal.abort() })],
    ['writeFile wx', () => fsp.writeFile('a', 'x', { flag: 'wx' })],
    ['writeFile bad data', () => fsp.writeFile('a', 42)],
    ['writeFile missing dir', () => fsp.writeFile('no/a', 'x')],
    ['appendFile bad', () => fsp.appendFile('a', {})],
    ['readFile fd number', () => fsp.readFile(0)],
  ]) {
    await p().then((v) => console.log(label, 'ok', v), (e) => console.log(label, fmt(e)));
  }
  console.log('c exists', fs.existsSync('c'));
})();
