'use strict';
// node:process — the process object.
module.exports = process;
