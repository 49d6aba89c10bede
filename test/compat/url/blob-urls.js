// URL.createObjectURL / revokeObjectURL argument checks.
const { URL, URLSearchParams } = require('url');

for (const f of [() => URL.createObjectURL({}), () => URL.createObjectURL('x'), () => URL.createObjectURL(), () => URL.revokeObjectURL()]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(URL.revokeObjectURL('blob:nodedata:unknown'), URL.revokeObjectURL('not a url'), URL.revokeObjectURL('http://x'));
