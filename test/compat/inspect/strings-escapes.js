// util.inspect escapes control characters, lone surrogates and backslashes.
const { inspect } = require('util');
const values = ['\n', '\t', '\r', '\b', '\f', '\v', '\0', '\x01', '\x1b[31m', '\x7f', '\x80', '\x9f', '\xa0',
  '\u2028', '\u2029', '\ud83d', '\ude00', '\ud83d\ude00', 'é', '日本語', 'a\nb\nc', 'tab\there', '\\n', 'null\0byte'];
for (const v of values) console.log(JSON.stringify(v), inspect(v));
for (let c = 0; c < 32; c++) process.stdout.write(inspect(String.fromCharCode(c)) + (c % 8 === 7 ? '\n' : ' '));
