'use strict';
// Prints the shape of the error `fn` throws (or that it returned normally).
function report(label, fn) {
  let result;
  try {
    result = fn();
  } catch (e) {
    console.log(`${label}: threw`);
    console.log('  name:', e.name);
    console.log('  code:', e.code);
    console.log('  message:', JSON.stringify(e.message));
    console.log('  string:', JSON.stringify(String(e)));
    console.log('  TypeError:', e instanceof TypeError, 'RangeError:', e instanceof RangeError, 'Error:', e instanceof Error);
    console.log('  keys:', JSON.stringify(Object.keys(e)));
    console.log('  stack0:', JSON.stringify(String(e.stack).split('\n')[0]));
    return;
  }
  console.log(`${label}: returned ${typeof result}`);
}

report('setSourceMapsEnabled(1)', () => process.setSourceMapsEnabled(1));
report('cpuUsage(1)', () => process.cpuUsage(1));
report('cpuUsage({user: -1, system: 0})', () => process.cpuUsage({ user: -1, system: 0 }));
report('cpuUsage({user: "x", system: 0})', () => process.cpuUsage({ user: 'x', system: 0 }));
report('cpuUsage({user: 0, system: 2**60})', () => process.cpuUsage({ user: 0, system: 2 ** 60 }));
report('cpuUsage({user: 0})', () => process.cpuUsage({ user: 0 }));
report('setuid({})', () => process.setuid({}));
report('setgid(true)', () => process.setgid(true));
report('setuid("nosuchuser_cnode")', () => process.setuid('nosuchuser_cnode'));
report('setgroups(1)', () => process.setgroups(1));
report('setgroups([{}])', () => process.setgroups([{}]));
report('initgroups(1, 2)', () => process.initgroups({}, 2));
report('getActiveResourcesInfo', () => Array.isArray(process.getActiveResourcesInfo()));
report('emit', () => process.emit('cnode-custom-event'));
