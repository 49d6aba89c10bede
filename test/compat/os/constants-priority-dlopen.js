'use strict';
// os.constants.priority, dlopen, UV_UDP_REUSEADDR and the constants object's shape.
const os = require('os');

console.log(os.constants.priority, os.constants.dlopen, os.constants.UV_UDP_REUSEADDR);
console.log(Object.keys(os.constants), Object.isFrozen(os.constants));
