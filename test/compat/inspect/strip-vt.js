// util.stripVTControlCharacters removes ANSI escape sequences.
const util = require('util');
const cases = ['\u001b[31mred\u001b[39m', 'plain', '\u001b[1;31;42mmulti\u001b[0m', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
  '\u001b[2K\u001b[1G', 'a\u001b[Ab', '\u009b31mcsi', util.inspect({ a: 1 }, { colors: true })];
for (const c of cases) console.log(JSON.stringify(util.stripVTControlCharacters(c)));
for (const bad of [1, null, undefined, {}]) {
  try {
    util.stripVTControlCharacters(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
