'use strict';
// Hashes 256 MB with SHA-256 in 64 KiB updates (one Hash, 4096 update calls); prints nothing.
const crypto = require('crypto');

const chunk = Buffer.alloc(64 * 1024, 0x61);
const hash = crypto.createHash('sha256');
for (let i = 0; i < 4096; i++) hash.update(chunk);
hash.digest();
