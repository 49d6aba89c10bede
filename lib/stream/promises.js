'use strict';
// node:stream/promises — promise forms of pipeline() and finished().

const { validateBoolean, validateObject } = require('internal/validators');
const { pipelineImpl } = require('internal/streams/pipeline');
const { finished } = require('internal/streams/end-of-stream');
const { isIterable, isNodeStream, isWebStream } = require('internal/streams/utils');

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const last = streams[streams.length - 1];
    // A trailing plain object (not a stream or iterable) is the options bag.
    if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last) && !isWebStream(last)) {
      const options = streams.pop();
      validateObject(options, 'options');
      signal = options.signal;
      end = options.end;
      if (end !== undefined) validateBoolean(end, 'options.end');
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { finished, pipeline };
