'use strict';
// text(buf, offset) resets state and decodes from the offset.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

const d = new StringDecoder('utf8');
show([d.text(Buffer.from('hello'), 2), d.write(Buffer.from([0xe2])), d.text(Buffer.from([0x61, 0xc3]), 0), d.lastNeed, d.end()]);
show([d.text(Buffer.from('héllo'), 1), d.text(Buffer.from('héllo'), 2)]);
