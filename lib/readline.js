'use strict';
// node:readline

const { Interface } = require('internal/readline/interface');
const { cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents } =
  require('internal/readline/utils');

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return require('readline/promises');
  },
});
