// URL origin for special, file, blob and opaque URLs.
const { URL, URLSearchParams } = require('url');

for (const s of ['http://a.com', 'https://a.com:443', 'https://a.com:8443/x', 'ws://a', 'wss://a:1', 'ftp://a', 'file:///x', 'sc://h/',
  'blob:https://a.com:8/uuid', 'blob:http://x/y', 'blob:file:///x', 'blob:sc://x', 'blob:nothing', 'data:,x', 'http://[::1]:81', 'http://xn--ida.com', 'http://ñ.com']) {
  console.log(s, new URL(s).origin);
}
