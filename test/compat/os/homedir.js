'use strict';
// homedir() follows $HOME.
const os = require('os');

const saved = process.env.HOME;
process.env.HOME = '/some/where';
console.log(os.homedir(), `${os.homedir}`);
process.env.HOME = saved;
console.log(os.homedir() === saved);
