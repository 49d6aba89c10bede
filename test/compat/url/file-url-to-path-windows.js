// fileURLToPath with { windows: true }: drive letters, UNC hosts, encoded separators.
const { URL, URLSearchParams } = require('url');

const { fileURLToPath } = require('url');
for (const s of ['file:///C:/a/b', 'file:///c:/x%20y', 'file://server/share/f', 'file:///C:/', 'file://xn--ida.com/s', 'file:///D:/a/b/']) {
  console.log(s, fileURLToPath(s, { windows: true }));
}
for (const bad of ['file:///a/b', 'file:///C:/a%2Fb', 'file:///C:/a%5cb', 'file:///', 'http://x/']) {
  try { console.log(fileURLToPath(bad, { windows: true })); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(fileURLToPath('file:///C:/x', { windows: false }), fileURLToPath('file:///x', {}), fileURLToPath('file:///x', undefined));
