// node:test sets exit code 1 when a test fails and 0 when all pass; checked in a child process.
'use strict';
const { test } = require('node:test');
const { spawnSync } = require('child_process');

function runChild(source) {
  return spawnSync(process.execPath, ['-e', source], { encoding: 'utf8' });
}

test('a failing test makes the exit code 1', () => {
  const child = runChild("require('node:test')('f', () => { throw new Error('x'); });");
  if (child.status !== 1) throw new Error(`expected status 1, got ${child.status}`);
  if (!child.stdout.includes('not ok 1 - f')) throw new Error(`unexpected output: ${child.stdout}`);
  if (!child.stdout.includes('# fail 1')) throw new Error(`no fail count: ${child.stdout}`);
});

test('passing tests exit with 0', () => {
  const child = runChild("const t = require('node:test'); t('a', () => {}); t('b', async () => {});");
  if (child.status !== 0) throw new Error(`expected status 0, got ${child.status}`);
  if (!child.stdout.includes('# pass 2')) throw new Error(`unexpected output: ${child.stdout}`);
});
