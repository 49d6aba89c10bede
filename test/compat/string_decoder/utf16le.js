'use strict';
// utf16le: odd bytes and surrogate pairs split across chunks.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

const chunks = [[[0x3d, 0xd8, 0x4d]], [[0x3d, 0xd8], [0x4d, 0xdc]], [[0x3d, 0xd8], [0x41, 0x00]], [[0x3d], [0xd8, 0x4d], [0xdc]], [[0x61], [0x00]],
  [[0x3d, 0xd8]], [[0x61]], [[0x61, 0x00, 0x62]], [[0x3d], [0xd8]], [[0x00, 0xdc]]];
for (const list of chunks) {
  const d = new StringDecoder('utf16le');
  const outs = list.map((c) => [d.write(Buffer.from(c)), d.lastNeed, d.lastTotal]);
  show([outs, d.end()]);
}
for (const enc of ['ucs2', 'ucs-2', 'utf-16le', 'UTF16LE']) console.log(enc, new StringDecoder(enc).encoding);
