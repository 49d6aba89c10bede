'use strict';
// CompressionStream and DecompressionStream (gzip, deflate, deflate-raw) over node:zlib streams.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { kInspect, customInspect, defineProto } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

const kTransform = Symbol('kTransform');
const formats = ['deflate', 'deflate-raw', 'gzip'];

function invalidFormat(className, format) {
  const err = new ERR_INVALID_ARG_VALUE('format', format);
  Object.defineProperty(err, 'message', {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: `Failed to construct '${className}': 1st argument value '${format}' is not a valid enum value of type CompressionFormat.`,
  });
  return err;
}

// One TransformStream whose chunks go through a zlib stream; its output is enqueued as copies.
function zlibTransform(handle) {
  let controller;
  let failure = null;
  // Settles the write or flush in progress when zlib fails: the stream is errored by then, the
  // write counts as accepted (as in Node, where zlib reports bad data after the write callback)
  // and the flush rejects.
  let pendingSettle = null;
  handle.on('data', (chunk) => {
    controller.enqueue(new Uint8Array(chunk));
  });
  handle.on('error', (err) => {
    failure = err;
    controller.error(err);
    if (pendingSettle !== null) pendingSettle(err);
  });
  return new TransformStream({
    start(c) {
      controller = c;
    },
    transform(chunk) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        pendingSettle = () => resolve();
        handle.write(chunk, (err) => {
          pendingSettle = null;
          if (err) reject(err);
          else resolve();
        });
      });
    },
    flush() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        pendingSettle = reject;
        handle.once('end', resolve);
        handle.end();
      });
    },
    cancel(reason) {
      handle.destroy(reason);
    },
  });
}

// Node keeps these slots in private fields, so a foreign receiver gets a plain TypeError.
function check(obj, name) {
  if (obj === null || typeof obj !== 'object' || obj[kTransform] === undefined) {
    throw new TypeError(`Cannot read private member from an object whose class did not declare it (${name})`);
  }
  return obj[kTransform];
}

class CompressionStream {
  constructor(format) {
    const fmt = `${format}`;
    if (!formats.includes(fmt)) throw invalidFormat('CompressionStream', fmt);
    const zlib = require('zlib');
    const handle = fmt === 'gzip' ? zlib.createGzip() :
      fmt === 'deflate' ? zlib.createDeflate() : zlib.createDeflateRaw();
    Object.defineProperty(this, kTransform, { __proto__: null, value: zlibTransform(handle) });
  }

  get readable() {
    return check(this, 'CompressionStream').readable;
  }

  get writable() {
    return check(this, 'CompressionStream').writable;
  }

  [kInspect](depth, options) {
    const transform = this[kTransform];
    return customInspect(depth, options, 'CompressionStream', {
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}
defineProto(CompressionStream, ['readable', 'writable'], 'CompressionStream');

class DecompressionStream {
  constructor(format) {
    const fmt = `${format}`;
    if (!formats.includes(fmt)) throw invalidFormat('DecompressionStream', fmt);
    const zlib = require('zlib');
    const handle = fmt === 'gzip' ? zlib.createGunzip() :
      fmt === 'deflate' ? zlib.createInflate() : zlib.createInflateRaw();
    Object.defineProperty(this, kTransform, { __proto__: null, value: zlibTransform(handle) });
  }

  get readable() {
    return check(this, 'DecompressionStream').readable;
  }

  get writable() {
    return check(this, 'DecompressionStream').writable;
  }

  [kInspect](depth, options) {
    const transform = this[kTransform];
    return customInspect(depth, options, 'DecompressionStream', {
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}
defineProto(DecompressionStream, ['readable', 'writable'], 'DecompressionStream');

module.exports = { CompressionStream, DecompressionStream };
