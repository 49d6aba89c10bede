// util.debuglog for sections NODE_DEBUG does not name: silent, enabled false, callback still runs.
const util = require('util');
console.log(util.debug === util.debuglog);
const log = util.debuglog('cnode_test_section_not_enabled');
console.log(typeof log, log.name, log.length, log.enabled, Object.getOwnPropertyNames(log).join(','));
log('not printed %d', 1);
let calls = 0;
const withCb = util.debuglog('another_disabled', (fn) => { calls++; console.log('cb', typeof fn); });
console.log('before call', calls);
withCb('x');
withCb('y');
console.log('after calls', calls, withCb.enabled);
