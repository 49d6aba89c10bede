'use strict';
// Preset dictionaries: deflate/inflate, raw, missing and wrong dictionaries.
const zlib = require('zlib');

const dictionary = Buffer.from('the common words: hello world foo bar baz qux');
const input = 'hello world foo bar, hello baz qux, foo bar world';
const withDict = zlib.deflateSync(input, { dictionary });
const without = zlib.deflateSync(input);
console.log(withDict.length < without.length, withDict.toString('hex'));
console.log(zlib.inflateSync(withDict, { dictionary }).toString());
function tryIt(label, fn) {
  try { console.log(label, fn().toString()); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); }
}
tryIt('missing', () => zlib.inflateSync(withDict));
tryIt('wrong', () => zlib.inflateSync(withDict, { dictionary: Buffer.from('another dictionary') }));
tryIt('unneeded', () => zlib.inflateSync(without, { dictionary }));
const raw = zlib.deflateRawSync(input, { dictionary });
console.log('raw', raw.toString('hex'));
tryIt('raw with', () => zlib.inflateRawSync(raw, { dictionary }));
tryIt('raw without', () => zlib.inflateRawSync(raw));
tryIt('unzip with', () => zlib.unzipSync(withDict, { dictionary }));
tryIt('unzip missing', () => zlib.unzipSync(withDict));
tryIt('gzip ignores', () => zlib.gunzipSync(zlib.gzipSync(input, { dictionary })));
zlib.inflate(withDict, (e) => console.log('async missing', e.code, e.errno, e.message));
zlib.inflate(withDict, { dictionary: Buffer.from('nope') }, (e) => console.log('async wrong', e.code, e.message));
// a stream with a dictionary, reset and reused
const d = zlib.createDeflate({ dictionary });
const chunks = [];
d.on('data', (c) => chunks.push(c));
d.on('end', () => console.log('stream', zlib.inflateSync(Buffer.concat(chunks), { dictionary }).toString()));
d.end(input);
