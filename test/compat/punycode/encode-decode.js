// punycode.encode/decode on RFC 3492 sample strings and edge cases.
const punycode = require('punycode');
const samples = ['', 'abc', 'mañana', 'bücher', 'ü', '-> $1.00 <-', 'München-Ost', '他们为什么不说中文',
  'Pročprostěnemluvíčesky', 'למההםפשוטלאמדבריםעברית', '3年B組金八先生', '安室奈美恵-with-SUPER-MONKEYS',
  'Hello-Another-Way-それぞれの場所', 'ひとつ屋根の下2', 'MajiでKoiする5秒前', 'パフィーdeルンバ', 'そのスピードで',
  'Почемужеонинеговорятпорусски', 'PorquénopuedensimplementehablarenEspañol', '😀', 'a😀b', '☃-⌘', 'ab-'];
for (const s of samples) {
  const enc = punycode.encode(s);
  const dec = punycode.decode(enc);
  console.log(JSON.stringify(s), enc, dec === s);
}
