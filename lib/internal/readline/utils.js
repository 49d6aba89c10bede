'use strict';
// ANSI cursor helpers and the keypress decoder shared by readline and the REPL.

const CSI = '\x1b[';

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (Number.isNaN(x)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('y', y);
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(`${CSI}0J`, callback);
}

// Splits raw terminal input into keypresses: (sequence, { sequence, name, ctrl, meta, shift }).
function* decodeKeys(str) {
  let i = 0;
  while (i < str.length) {
    const ch = str[i];
    const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === '\x1b' && i + 1 < str.length && (str[i + 1] === '[' || str[i + 1] === 'O')) {
      let j = i + 2;
      while (j < str.length && /[0-9;]/.test(str[j])) j++;
      const seq = str.slice(i, j + 1);
      const code = str.slice(i + 2, j + 1);
      const names = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end',
        '1~': 'home', '4~': 'end', '3~': 'delete', '2~': 'insert', '5~': 'pageup', '6~': 'pagedown',
        '7~': 'home', '8~': 'end' };
      const bare = code.replace(/^1;(\d)/, '').replace(/^(\d);5/, '$1');
      key.sequence = seq;
      key.name = names[code] || names[bare] || names[code.slice(-1)] || 'undefined';
      if (/;5/.test(code)) key.ctrl = true;
      if (/;2/.test(code)) key.shift = true;
      if (/;3/.test(code)) key.meta = true;
      key.code = `[${code}`;
      i = j + 1;
      yield [undefined, key];
      continue;
    }
    if (ch === '\x1b' && i + 1 < str.length) {
      key.meta = true;
      key.sequence = str.slice(i, i + 2);
      key.name = str[i + 1].toLowerCase();
      i += 2;
      yield [undefined, key];
      continue;
    }
    i++;
    if (ch === '\r') key.name = 'return';
    else if (ch === '\n') key.name = 'enter';
    else if (ch === '\t') key.name = 'tab';
    else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
    else if (ch === '\x1b') key.name = 'escape';
    else if (ch === ' ') key.name = 'space';
    else if (ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[a-z0-9]$/.test(ch)) {
      key.name = ch;
    } else if (/^[A-Z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = true;
    }
    yield [ch, key];
  }
}

const kEmitKeypress = Symbol('keypress-decoder');

function emitKeypressEvents(stream) {
  if (stream[kEmitKeypress]) return;
  stream[kEmitKeypress] = true;
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder('utf8');
  function onData(input) {
    if (stream.listenerCount('keypress') === 0) return;
    const text = typeof input === 'string' ? input : decoder.write(input);
    for (const [s, key] of decodeKeys(text)) stream.emit('keypress', s, key);
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents, decodeKeys,
  CSI };
