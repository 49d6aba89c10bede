// pathToFileURL with { windows: true }: drives, UNC paths, separators, errors.
const { URL, URLSearchParams } = require('url');

const { pathToFileURL } = require('url');
for (const p of ['C:\\a\\b', 'C:\\a\\b\\', 'c:/x y/z', 'C:\\a\\b c%#?', '\\\\server\\share\\x y', '\\\\?\\UNC\\server\\share\\f', 'C:\\é']) {
  console.log(JSON.stringify(p), pathToFileURL(p, { windows: true }).href);
}
for (const bad of ['\\\\server', '\\\\\\\\server\\x', '\\\\?\\UNC\\server']) {
  try { pathToFileURL(bad, { windows: true }); } catch (e) { console.log(e.name, e.code, e.message); }
}
