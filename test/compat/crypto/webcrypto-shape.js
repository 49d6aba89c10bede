'use strict';
// The webcrypto object: class, getters and identity.
const crypto = require('crypto');
const w = crypto.webcrypto;
console.log(Object.prototype.toString.call(w), w.constructor.name, Object.keys(w));
console.log(w.subtle === crypto.subtle, w.subtle === w.subtle, Object.prototype.toString.call(w.subtle));
const d = Object.getOwnPropertyDescriptor(crypto, 'webcrypto');
console.log(typeof d.get, d.set, d.enumerable);
const r = Object.getOwnPropertyDescriptor(crypto, 'getRandomValues');
console.log(typeof r.get, r.enumerable);
try { new w.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new w.subtle.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.getOwnPropertyDescriptor(w.constructor.prototype, 'subtle').get.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { w.randomUUID.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
