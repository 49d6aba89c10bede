'use strict';
// networkInterfaces(): entry shape for every address and the loopback entries.
const os = require('os');

const ifs = os.networkInterfaces();
let ok = true;
for (const list of Object.values(ifs)) {
  for (const e of list) {
    const keys = Object.keys(e).join();
    const expect = e.family === 'IPv6' ? 'address,netmask,family,mac,internal,cidr,scopeid' : 'address,netmask,family,mac,internal,cidr';
    if (keys !== expect || typeof e.internal !== 'boolean' || !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac)) ok = false;
    if (e.cidr !== null && !e.cidr.startsWith(e.address + '/')) ok = false;
  }
}
console.log(ok);
console.log(ifs.lo);
