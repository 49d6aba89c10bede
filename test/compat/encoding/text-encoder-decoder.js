// TextEncoder/TextDecoder: encodings, labels, fatal, BOM, streaming, errors.
const d = new TextDecoder('latin1');
console.log(d.encoding, JSON.stringify(d.decode(new Uint8Array([0x80, 0x41, 0xe9, 0x9f]))));
console.log(new TextDecoder().encoding, new TextDecoder('utf-16').encoding, new TextDecoder(' ASCII ').encoding);
try { new TextDecoder('xyz'); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
const s = new TextDecoder();
console.log(JSON.stringify(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + s.decode(new Uint8Array([0xac]))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xe2, 0x82]))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))),
  JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
const e = new TextEncoder();
console.log(e.encoding, e.encode('h€😀'), e.encodeInto('h€x', new Uint8Array(3)), e.encodeInto('😀a', new Uint8Array(10)));
console.log(Object.prototype.toString.call(e), e.encode(), JSON.stringify(new TextDecoder().decode()));
console.log(new TextDecoder(), new TextEncoder());
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8]))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0xc3, 0x28, 0xed, 0xa0, 0x80]))));
console.log(JSON.stringify(new TextDecoder().decode(Buffer.from('héllo'))), JSON.stringify(new TextDecoder().decode(new Uint8Array([104, 105]).buffer)));
try { new TextDecoder().decode('str'); } catch (err) { console.log(err.code, err.message); }
try { e.encodeInto('x', []); } catch (err) { console.log(err.code, err.message); }
const util = require('util');
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
const u16 = new TextDecoder('utf-16le');
console.log(JSON.stringify(u16.decode(new Uint8Array([0x3d]), { stream: true }) + u16.decode(new Uint8Array([0xd8, 0x00]), { stream: true }) + u16.decode(new Uint8Array([0xde]))));
