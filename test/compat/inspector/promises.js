// node:inspector/promises exports the same API with a promise-based Session.
const ip = require('inspector/promises');
console.log(Object.keys(ip).join(), typeof ip.Session, ip.url());
const s = new ip.Session();
const r = s.post('Runtime.evaluate', { expression: '1' });
console.log(r instanceof Promise);
r.catch((e) => console.log('rejected', e.code, e.message));
