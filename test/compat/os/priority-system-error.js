'use strict';
// ERR_SYSTEM_ERROR for a process that does not exist.
const os = require('os');

for (const f of [() => os.getPriority(2147483646), () => os.setPriority(2147483646, 0)]) {
  try { f(); } catch (err) {
    console.log(err.name, err.code, err.message, err.errno, err.syscall, JSON.stringify(err.info));
    console.log(err instanceof Error, Object.keys(err));
  }
}
