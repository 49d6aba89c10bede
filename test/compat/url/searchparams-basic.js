// URLSearchParams get/getAll/has/append/delete/set with values and two-argument forms.
const { URL, URLSearchParams } = require('url');

const p = new URLSearchParams('a=1&b=2&a=3&c&=e&d=');
console.log(p.get('a'), p.get('z'), p.getAll('a'), p.has('c'), p.has('z'), p.get('c'), p.get(''), p.size);
p.append('a', 4); console.log(p.toString());
p.delete('a', '3'); console.log(p.toString());
console.log(p.has('a', '1'), p.has('a', '3'), p.has('a', undefined));
p.set('a', 'x'); console.log(p.toString());
p.set('new', 'y'); console.log(p.toString());
p.delete('a'); console.log(p.toString(), p.size);
p.append(1, null); p.append(undefined, {}); console.log(p.toString());
console.log(p.get(1), p.getAll('undefined'));
