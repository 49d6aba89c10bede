'use strict';
// userInfo() shape, the buffer encoding, and agreement with process ids.
const os = require('os');
const { Buffer } = require('buffer');

const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u), typeof u.username, typeof u.homedir);
console.log(u.uid === process.getuid(), u.gid === process.getgid());
const b = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(b.username), b.username.toString() === u.username, b.homedir.toString() === u.homedir);
console.log(typeof os.userInfo({ encoding: 'bogus' }).username, typeof os.userInfo(5).username, typeof os.userInfo(null).username);
