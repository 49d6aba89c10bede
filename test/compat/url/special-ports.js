// Default ports per special scheme are dropped; others are kept.
const { URL, URLSearchParams } = require('url');

for (const s of ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'gopher', 'sc']) {
  for (const port of ['21', '80', '443', '70', '1']) {
    const u = URL.parse(`${s}://h:${port}/`);
    console.log(s, port, u === null ? 'fail' : `${u.href} ${JSON.stringify(u.port)} ${u.host}`);
  }
}
