'use strict';
// os.constants.signals equals Node's table and is frozen.
const os = require('os');

console.log(os.constants.signals, Object.isFrozen(os.constants.signals), Object.getPrototypeOf(os.constants.signals));
