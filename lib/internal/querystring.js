'use strict';
// Percent-encoding helpers shared by querystring and url: hex tables and encodeStr.

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// isHexTable[c] is 1 for the char codes of 0-9, A-F, a-f.
const isHexTable = new Int8Array(256);
for (let c = 48; c <= 57; c++) isHexTable[c] = 1;
for (let c = 65; c <= 70; c++) isHexTable[c] = 1;
for (let c = 97; c <= 102; c++) isHexTable[c] = 1;

let errorCodes;

// Percent-encodes str as UTF-8, keeping ASCII chars whose noEscapeTable entry is 1. A lone
// surrogate throws ERR_INVALID_URI ('URI malformed').
function encodeStr(str, noEscapeTable, table) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += table[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      out += table[0xc0 | (c >> 6)] + table[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += table[0xe0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3f)] + table[0x80 | (c & 0x3f)];
    } else {
      // Like Node, only a low surrogate or a high one at the very end is rejected; a high
      // surrogate takes the low ten bits of whatever unit follows.
      if (c >= 0xdc00 || i + 1 >= len) {
        errorCodes ??= require('internal/errors').codes;
        throw new errorCodes.ERR_INVALID_URI();
      }
      const next = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      out += table[0xf0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3f)] +
        table[0x80 | ((c >> 6) & 0x3f)] + table[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

module.exports = { encodeStr, hexTable, isHexTable };
