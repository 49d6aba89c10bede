// Requiring punycode emits DEP0040 once.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
require('punycode');
require('punycode');
console.log('required');
