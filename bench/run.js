'use strict';
// Benchmark driver: runs each workload under cnode and reference Node 22, interleaved, and
// prints medians of wall time and peak RSS with the cnode/node ratio (lower is better).
// Run with reference Node (make bench does): node bench/run.js [--runs N] [filter]
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
let runs = 7;
const runsAt = args.indexOf('--runs');
if (runsAt !== -1) runs = +args.splice(runsAt, 2)[1];
const filter = args[0] || '';
const cnode = process.env.CNODE || path.join(root, 'build/cnode');
const node = process.env.NODE || process.execPath;
const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.NODE_EXTRA_CA_CERTS;

const outFile = path.join(os.tmpdir(), `cnode-bench-${process.pid}.out`);

// Returns { ms, kb } for one run, timing with /usr/bin/time for the child's peak RSS.
function runOnce(bin, file) {
  const out = fs.openSync(outFile, 'w');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', bin, file], {
    env, stdio: ['ignore', out, 'pipe'], encoding: 'utf8',
  });
  fs.closeSync(out);
  const lines = r.stderr.trim().split('\n');
  const kb = Number(lines[lines.length - 1].split(' ')[1]);
  if (r.status !== 0) throw new Error(`${bin} ${file} exited ${r.status}: ${r.stderr}`);
  return { kb };
}

function timeOnce(bin, file) {
  const out = fs.openSync(outFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(bin, [file], { env, stdio: ['ignore', out, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.closeSync(out);
  if (r.status !== 0) throw new Error(`${bin} ${file} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = path.join(__dirname, 'workloads');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f.includes(filter)).sort();
console.log(`cnode: ${cnode}\nnode:  ${node} (${spawnSync(node, ['-v']).stdout.toString().trim()})`);
console.log(`${runs} interleaved runs each; medians; ratio = cnode / node (lower is better)\n`);
const header = ['workload', 'cnode ms', 'node ms', 'time ratio', 'cnode MB', 'node MB', 'RSS ratio'];
console.log(header.map((h, i) => (i === 0 ? h.padEnd(24) : h.padStart(10))).join(' '));
for (const f of files) {
  const file = path.join(dir, f);
  const t = { cnode: [], node: [] };
  const m = { cnode: [], node: [] };
  timeOnce(cnode, file); // warm the page cache
  timeOnce(node, file);
  for (let i = 0; i < runs; i++) {
    t.cnode.push(timeOnce(cnode, file));
    t.node.push(timeOnce(node, file));
  }
  for (let i = 0; i < 3; i++) {
    m.cnode.push(runOnce(cnode, file).kb / 1024);
    m.node.push(runOnce(node, file).kb / 1024);
  }
  const row = [f.replace(/\.js$/, ''), median(t.cnode), median(t.node),
    median(t.cnode) / median(t.node), median(m.cnode), median(m.node),
    median(m.cnode) / median(m.node)];
  console.log(row.map((v, i) => (i === 0 ? v.padEnd(24) :
    (i === 3 || i === 6 ? `${v.toFixed(2)}x` : v.toFixed(1)).padStart(10))).join(' '));
}
fs.rmSync(outFile, { force: true });
