'use strict';
// 10k readFile calls (callback, promise, sync, and failing ones) leave no file descriptor open.
const fs = require('fs');

const dir = `${process.env.TMPDIR || '/tmp'}/cnode-fd-leak-${process.pid}`;
fs.mkdirSync(dir, { recursive: true });
const file = `${dir}/data.txt`;
fs.writeFileSync(file, 'x'.repeat(1000));
const countFds = () => fs.readdirSync('/proc/self/fd').length;

function fail(msg) {
  fs.rmSync(dir, { recursive: true, force: true });
  console.error(msg);
  process.exit(1);
}

const before = countFds();
let remaining = 10000;
let inFlight = 0;

function startOne() {
  inFlight++;
  const i = remaining--;
  const done = (err) => {
    inFlight--;
    if (err && err.code !== 'ENOENT' && err.code !== 'EISDIR') fail(`unexpected error: ${err.message}`);
    if (remaining > 0) startOne();
    else if (inFlight === 0) finish();
  };
  switch (i % 5) {
    case 0: fs.readFile(file, done); break;
    case 1: fs.readFile(file, 'utf8', done); break;
    case 2: fs.promises.readFile(file).then(() => done(), done); break;
    case 3: fs.readFile(`${dir}/missing`, done); break;
    default:
      try {
        fs.readFileSync(i % 2 ? file : dir);
      } catch (err) {
        return done(err);
      }
      done();
  }
}

function finish() {
  const after = countFds();
  fs.rmSync(dir, { recursive: true, force: true });
  if (after !== before) fail(`fd leak: ${before} open before, ${after} after`);
  console.log(`ok: ${before} fds before and after 10000 readFile calls`);
}

for (let k = 0; k < 32; k++) startOne();
