'use strict';
// A Duplex whose writes go into `head` and whose reads come out of `tail` (compose, Duplex.from).

const { AbortError } = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const { isNodeStream } = require('internal/streams/utils');

// Returns { duplex, settle }: call settle(err) once the underlying streams are done.
// `finishSource` emits 'finish' when all written data is through; destroying the duplex
// destroys `tail` (and `head` too when destroyHead).
function bridge(Duplex, head, tail, readable, writable, finishSource, destroyHead) {
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  // The pending _destroy callback; null once the inner streams have settled.
  let onclose;

  const d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable && isNodeStream(head)) {
    d._write = function (chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    finishSource.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable && isNodeStream(tail)) {
    tail.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on('end', () => { d.push(null); });
    d._read = function () {
      for (;;) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (destroyHead && isNodeStream(head) && head !== tail) destroyer(head, err);
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };

  function settle(err, destroyWhenIdle) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (destroyWhenIdle) d.destroy();
  }

  return { duplex: d, settle };
}

module.exports = bridge;
