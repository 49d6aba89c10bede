// Percent-encode sets of path, query (special and not), fragment and userinfo.
const { URL, URLSearchParams } = require('url');
function dump(u) {
  console.log(JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
}
function tryURL(input, base) {
  try {
    dump(base === undefined ? new URL(input) : new URL(input, base));
  } catch (e) {
    console.log('error', e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base));
  }
}

const inputs = [
  'http://h/ "<>`#', 'http://h/p?q "<>\'`{}', 'sc://h/p?q "<>\'`{}', 'http://h/#f "<>`{}', 'http://u "<>@h/',
  'http://h/é?é#é', 'http://h/%zz%2', 'http://h/\u0000\u001f\u007f', 'http://h/{}|^', 'http://h/😀?😀#😀',
  'http://h/\uD800', 'http://h/a%2Fb', 'http://h/?a=b&c=d%26e', 'sc:é', 'http://us%er:p%ss@h/'];
for (const i of inputs) { console.log(JSON.stringify(i)); tryURL(i); }
