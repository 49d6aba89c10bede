'use strict';
// node:constants — the deprecated flat union of os, fs and crypto constants (DEP0008).

const { os } = internalBinding('constants');
const fs = require('fs').constants;
const out = {};
Object.assign(out, os.dlopen, os.errno, os.priority, os.signals, fs);
try {
  Object.assign(out, require('crypto').constants);
} catch {
  // crypto unavailable
}
module.exports = out;
