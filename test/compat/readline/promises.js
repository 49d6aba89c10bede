// readline/promises question and the cursor helpers' escape codes.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = rlp.createInterface({ input, terminal: false });
(async () => {
  setTimeout(() => input.write('42\n'), 1);
  const a = await rl.question('q? ');
  console.log('answer', a);
  rl.close();
  const out = { data: '', write(s, cb) { this.data += s; if (cb) cb(); return true; } };
  readline.cursorTo(out, 3);
  readline.cursorTo(out, 1, 2);
  readline.moveCursor(out, -2, 3);
  readline.clearLine(out, 0);
  readline.clearLine(out, -1);
  readline.clearScreenDown(out);
  console.log(JSON.stringify(out.data));
  try { new rlp.Readline(out); } catch (e) { console.log(e.code, e.message); }
  const { Writable } = require('stream');
  let data = '';
  const w = new Writable({ write(chunk, enc, cb) { data += chunk; cb(); } });
  const r = new rlp.Readline(w);
  await r.cursorTo(0).moveCursor(1, -1).clearLine(1).commit();
  console.log(JSON.stringify(data));
})();
