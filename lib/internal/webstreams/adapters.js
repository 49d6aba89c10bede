'use strict';
// Bridges between Node streams and web streams: Readable/Writable/Duplex .toWeb() and .fromWeb().

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { createDeferred } = require('internal/webstreams/util');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const {
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isDestroyed, isReadable, isWritable,
  isWritableEnded,
} = require('internal/streams/utils');

let eos;
let destroyer;
function lazyStreams() {
  eos ??= require('internal/streams/end-of-stream');
  destroyer ??= require('internal/streams/destroy').destroyer;
}

function prematureToAbort(error) {
  if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

function validateOptions(options) {
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

function validateEncoding(encoding) {
  if (encoding !== undefined && !require('buffer').Buffer.isEncoding(encoding)) {
    // Node passes the two arguments the other way round; the message is kept as Node prints it.
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// ---- Node Readable -> ReadableStream ------------------------------------------------------

function newReadableStreamFromStreamReadable(streamReadable, options = undefined) {
  if (!isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const opts = validateOptions(options);
  lazyStreams();
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = opts.strategy;
  if (!strategy) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark });
  }
  const Buffer = require('buffer').Buffer;
  let controller;

  function onData(chunk) {
    // Copy Buffers out of the pool so that the consumer owns the bytes.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  const cleanup = eos(streamReadable, (error) => {
    error = prematureToAbort(error);
    cleanup();
    // Errors after this point have nowhere to go; keep them from being reported as uncaught.
    streamReadable.on('error', () => {});
    if (error) {
      controller.error(error);
      return;
    }
    controller.close();
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroyer(streamReadable, reason);
    },
  }, strategy);
}

// ---- ReadableStream -> Node Readable ------------------------------------------------------

function newStreamReadableFromReadableStream(readableStream, options = undefined) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const opts = validateOptions(options);
  const { highWaterMark, encoding, objectMode = false, signal } = opts;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  lazyStreams();
  const Readable = require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((result) => {
        if (result.done) readable.push(null);
        else readable.push(result.value);
      }, (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

// ---- Node Writable -> WritableStream ------------------------------------------------------

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  lazyStreams();
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark };
  let controller;
  let backpressure;
  let closed;

  const cleanup = eos(streamWritable, (error) => {
    error = prematureToAbort(error);
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', () => {
    if (backpressure !== undefined) backpressure.resolve();
  });

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => {
          backpressure = undefined;
        });
      }
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// ---- WritableStream -> Node Writable ------------------------------------------------------

function newStreamWritableFromWritableStream(writableStream, options = undefined) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const opts = validateOptions(options);
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = opts;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  lazyStreams();
  const Writable = require('internal/streams/writable');
  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buf = require('buffer').Buffer.from(chunk, encoding);
        chunk = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      }
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroyer(writable, err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroyer(writable, err));
        }
      };
      if (!closed) writer.close().then(done, done);
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroyer(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

// ---- Duplex <-> { readable, writable } ----------------------------------------------------

function newReadableWritablePairFromDuplex(duplex) {
  if (!isDuplexNodeStream(duplex)) throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  lazyStreams();
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : closedWritable();
  const readable = isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : canceledReadable();
  return { readable, writable };
}

function closedWritable() {
  const writable = new WritableStream();
  writable.close();
  return writable;
}

function canceledReadable() {
  const readable = new ReadableStream();
  readable.cancel();
  return readable;
}

function newStreamDuplexFromReadableWritablePair(pair, options = undefined) {
  validateObject(pair, 'pair');
  const opts = validateOptions(options);
  const {
    allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal,
  } = opts;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  lazyStreams();
  const Duplex = require('internal/streams/duplex');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write(chunk, enc, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buf = require('buffer').Buffer.from(chunk, enc);
        chunk = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      }
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroyer(duplex, err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroyer(duplex, err));
        }
      };
      if (!writableClosed) writer.close().then(done, done);
    },
    read() {
      reader.read().then((result) => {
        if (result.done) duplex.push(null);
        else duplex.push(result.value);
      }, (error) => destroyer(duplex, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      const pending = [];
      if (!writableClosed) pending.push(error != null ? writer.abort(error) : writer.close());
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length === 0) {
        done();
        return;
      }
      Promise.all(pending).then(done, done);
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroyer(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
