'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION } } = require('internal/errors');
const { kState, kInspect, hasBrand, customInspect, defineProto } = require('internal/webstreams/util');

// Node keeps these slots in private fields, so a foreign receiver gets V8's plain TypeError.
function checkThis(obj, brand, field) {
  if (!hasBrand(obj, brand)) {
    throw new TypeError(`Cannot read private member ${field} from an object whose class did not declare it`);
  }
}

function readInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

// The spec shares one size function per realm between all instances of each class.
const byteLengthSize = {
  size(chunk) {
    return chunk.byteLength;
  },
}.size;
const countSize = {
  size() {
    return 1;
  },
}.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    const highWaterMark = readInit(init);
    Object.defineProperty(this, kState, {
      __proto__: null, value: { brand: 'ByteLengthQueuingStrategy', highWaterMark },
    });
  }

  get highWaterMark() {
    checkThis(this, 'ByteLengthQueuingStrategy', '#state');
    return this[kState].highWaterMark;
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy', '#byteSizeFunction');
    return byteLengthSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ByteLengthQueuingStrategy', { highWaterMark: this[kState].highWaterMark });
  }
}
defineProto(ByteLengthQueuingStrategy, ['highWaterMark', 'size'], 'ByteLengthQueuingStrategy');

class CountQueuingStrategy {
  constructor(init) {
    const highWaterMark = readInit(init);
    Object.defineProperty(this, kState, {
      __proto__: null, value: { brand: 'CountQueuingStrategy', highWaterMark },
    });
  }

  get highWaterMark() {
    checkThis(this, 'CountQueuingStrategy', '#state');
    return this[kState].highWaterMark;
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy', '#countSizeFunction');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'CountQueuingStrategy', { highWaterMark: this[kState].highWaterMark });
  }
}
defineProto(CountQueuingStrategy, ['highWaterMark', 'size'], 'CountQueuingStrategy');

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
