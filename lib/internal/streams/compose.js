'use strict';
// stream.compose(): chains streams/functions into one Duplex (writes enter the first, reads leave the last).

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const bridge = require('internal/streams/bridge');
const {
  isNodeStream, isReadable, isWritable, isWebStream, isTransformStream,
  isWritableStream, isReadableStream,
} = require('internal/streams/utils');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');

module.exports = function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const original = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  for (let n = 0; n < streams.length; ++n) {
    const s = streams[n];
    if (!isNodeStream(s) && !isWebStream(s)) continue;
    if (n < last && !(isReadable(s) || isReadableStream(s) || isTransformStream(s))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(s) || isWritableStream(s) || isTransformStream(s))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be writable');
    }
  }

  let settle = null;
  let pendingResult;
  const head = streams[0];
  const tail = pipeline(streams, (err) => {
    if (settle) settle(err, !readable && !writable);
    else pendingResult = [err];
  });
  const writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  const readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));
  const b = bridge(Duplex, head, tail, readable, writable, tail, false);
  settle = b.settle;
  if (pendingResult) settle(pendingResult[0], !readable && !writable);
  return b.duplex;
};
