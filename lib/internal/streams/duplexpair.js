'use strict';
// stream.duplexPair(): two connected Duplexes; what one side writes, the other reads.

const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
const kWaiting = Symbol('kWaiting');

class PairSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kWaiting] = null;
  }

  _read() {
    const cb = this[kWaiting];
    if (cb) {
      this[kWaiting] = null;
      cb();
    }
  }

  _write(chunk, encoding, callback) {
    const other = this[kOther];
    if (chunk.length === 0 && !this.writableObjectMode) {
      process.nextTick(callback);
    } else {
      other.push(chunk);
      other[kWaiting] = callback;
    }
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }

  _destroy(err, callback) {
    const other = this[kOther];
    if (err) other.destroy(err);
    else if (!other.destroyed) other.destroy();
    callback(err);
  }
}

module.exports = function duplexPair(options) {
  const a = new PairSide(options);
  const b = new PairSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
};
