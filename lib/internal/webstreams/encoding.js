'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around TextEncoder / TextDecoder.

const { kInspect, customInspect, defineProto } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { TextEncoder, TextDecoder } = require('internal/encoding');

const kEncoder = Symbol('kEncoder');
const kDecoder = Symbol('kDecoder');

// Node keeps these slots in private fields, so a foreign receiver gets a plain TypeError.
function check(obj, key, name) {
  if (obj === null || typeof obj !== 'object' || obj[key] === undefined) {
    throw new TypeError(`Cannot read private member from an object whose class did not declare it (${name})`);
  }
  return obj[key];
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A lead surrogate that ended the previous chunk waits for its trail in the next one.
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let str = pending + `${chunk}`;
        pending = '';
        if (str.length > 0) {
          const last = str.charCodeAt(str.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pending = str[str.length - 1];
            str = str.slice(0, -1);
          }
        }
        if (str.length > 0) controller.enqueue(encoder.encode(str));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    Object.defineProperty(this, kEncoder, { __proto__: null, value: { encoder, transform } });
  }

  get encoding() {
    check(this, kEncoder, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    return check(this, kEncoder, 'TextEncoderStream').transform.readable;
  }

  get writable() {
    return check(this, kEncoder, 'TextEncoderStream').transform.writable;
  }

  [kInspect](depth, options) {
    const { transform } = this[kEncoder];
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}
defineProto(TextEncoderStream, ['encoding', 'readable', 'writable'], null);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
    Object.defineProperty(this, kDecoder, { __proto__: null, value: { decoder, transform } });
  }

  get encoding() {
    return check(this, kDecoder, 'TextDecoderStream').decoder.encoding;
  }

  get fatal() {
    return check(this, kDecoder, 'TextDecoderStream').decoder.fatal;
  }

  get ignoreBOM() {
    return check(this, kDecoder, 'TextDecoderStream').decoder.ignoreBOM;
  }

  get readable() {
    return check(this, kDecoder, 'TextDecoderStream').transform.readable;
  }

  get writable() {
    return check(this, kDecoder, 'TextDecoderStream').transform.writable;
  }

  [kInspect](depth, options) {
    const { decoder, transform } = this[kDecoder];
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: decoder.encoding,
      fatal: decoder.fatal,
      ignoreBOM: decoder.ignoreBOM,
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}
defineProto(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable'], null);

module.exports = { TextEncoderStream, TextDecoderStream };
