// Setters with non-string values, and setting one component repeatedly.
const { URL, URLSearchParams } = require('url');

const u = new URL('http://a/');
u.pathname = 123; u.search = { toString: () => 'x=1' }; u.hash = null; u.port = '8080'; u.hostname = 'B.com'; u.username = undefined;
console.log(u.href);
for (let i = 0; i < 3; i++) { u.pathname += '/x'; u.search += '&i=' + i; u.hash += i; }
console.log(u.href, u.searchParams.getAll('i'));
u.protocol = 'https'; u.port = '443'; console.log(u.href);
