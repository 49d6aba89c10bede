// Invalid exit codes throw before exiting; process.exit() then uses exitCode.
for (const bad of [1.5, 'abc', true, {}]) {
  try { process.exit(bad); } catch (e) { console.log(JSON.stringify(bad), e.name, e.code, '|', e.message); }
}
process.exitCode = 6;
process.on('exit', (code) => console.log('exit', code));
process.exit();
