'use strict';
// node:v8 — V8's value serializer format (byte-compatible with Node) and the engine-introspection
// API. cnode runs on JavaScriptCore, whose C API exposes no heap statistics, heap snapshots,
// promise hooks or V8 flags; what can be answered honestly is answered from the process:
//   - getHeapStatistics(): total_physical_size is the process RSS; used/total heap sizes come
//     from process.memoryUsage(); heap_size_limit is V8's default limit on 64-bit (JSC has no
//     fixed limit); the handle/context counts are those of a single-context process.
//   - getHeapSpaceStatistics(): Node's space names; old_space carries the heap figures above,
//     the other spaces report 0 (JSC has no such spaces).
//   - getHeapCodeStatistics(): zeros (JSC does not report code sizes).
//   - setFlagsFromString(): validated and accepted; it has no effect (JSC's flags differ).
//   - getHeapSnapshot/writeHeapSnapshot/queryObjects/promiseHooks: throw ERR_METHOD_NOT_IMPLEMENTED.
//   - GCProfiler: records no GC events (JSC reports none).

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const {
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
} = require('internal/v8/serdes');

// V8's default heap limit on a 64-bit machine with plenty of memory.
const kHeapSizeLimit = 4345298944;

function memory() {
  const m = process.memoryUsage();
  const used = m.heapUsed;
  const total = Math.max(m.heapTotal, used);
  return { rss: m.rss, used, total, external: m.external };
}

function getHeapStatistics() {
  const m = memory();
  return {
    total_heap_size: m.total,
    total_heap_size_executable: 0,
    total_physical_size: m.rss,
    total_available_size: Math.max(0, kHeapSizeLimit - m.used),
    used_heap_size: m.used,
    heap_size_limit: kHeapSizeLimit,
    malloced_memory: m.external,
    peak_malloced_memory: m.external,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 8192,
    used_global_handles_size: 4096,
    external_memory: m.external,
  };
}

const kSpaceNames = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space', 'trusted_large_object_space',
];

function getHeapSpaceStatistics() {
  const m = memory();
  return kSpaceNames.map((name) => {
    const main = name === 'old_space';
    return {
      space_name: name,
      space_size: main ? m.total : 0,
      space_used_size: main ? m.used : 0,
      space_available_size: main ? m.total - m.used : 0,
      physical_space_size: main ? m.total : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

function getCppHeapStatistics(type = 'detailed') {
  validateOneOf(type, 'type', ['brief', 'detailed']);
  return {
    __proto__: null,
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    space_statistics: [],
    type_names: [],
    detail_level: type,
  };
}

let versionTag;
// A stable 32-bit tag for this engine build: what code caches would be keyed by.
function cachedDataVersionTag() {
  if (versionTag === undefined) {
    const id = `cnode ${process.version} ${process.versions.cnode || ''} javascriptcore`;
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    versionTag = h;
  }
  return versionTag;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function getHeapSnapshot(options) {
  if (options !== undefined) validateObject(options, 'options');
  throw new ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot');
}

function writeHeapSnapshot(path, options) {
  if (path !== undefined && typeof path !== 'string' && !Buffer.isBuffer(path) &&
      !(path !== null && typeof path === 'object' && typeof path.href === 'string')) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  if (options !== undefined) validateObject(options, 'options');
  throw new ERR_METHOD_NOT_IMPLEMENTED('writeHeapSnapshot');
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
}

function queryObjects(ctor, options = undefined) {
  validateFunction(ctor, 'constructor');
  if (options !== undefined) validateObject(options, 'options');
  throw new ERR_METHOD_NOT_IMPLEMENTED('queryObjects');
}

// Coverage is collected only under NODE_V8_COVERAGE, which cnode does not support.
function takeCoverage() {}
function stopCoverage() {}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xFF) return false;
  }
  return true;
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

class GCProfiler {
  #started = 0;

  start() {
    if (this.#started === 0) this.#started = Date.now();
  }

  stop() {
    if (this.#started === 0) return undefined;
    const result = { version: 1, startTime: this.#started, statistics: [], endTime: Date.now() };
    this.#started = 0;
    return result;
  }
}

function promiseHookUnavailable(name) {
  return function (hook) {
    validateFunction(hook, 'hook');
    throw new ERR_METHOD_NOT_IMPLEMENTED(`promiseHooks.${name}`);
  };
}

const promiseHooks = {
  createHook(hooks) {
    validateObject(hooks, 'hooks');
    throw new ERR_METHOD_NOT_IMPLEMENTED('promiseHooks.createHook');
  },
  onInit: promiseHookUnavailable('onInit'),
  onBefore: promiseHookUnavailable('onBefore'),
  onAfter: promiseHookUnavailable('onAfter'),
  onSettled: promiseHookUnavailable('onSettled'),
};

// cnode never builds a startup snapshot: registering callbacks is an error, as in Node outside
// --build-snapshot. isBuildingSnapshot() returns 0 like Node (it reads a flag cell).
const startupSnapshot = {
  addDeserializeCallback(callback, data) {
    throw new ERR_NOT_BUILDING_SNAPSHOT();
  },
  addSerializeCallback(callback, data) {
    throw new ERR_NOT_BUILDING_SNAPSHOT();
  },
  setDeserializeMainFunction(callback, data) {
    throw new ERR_NOT_BUILDING_SNAPSHOT();
  },
  isBuildingSnapshot() {
    return 0;
  },
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
  isStringOneByteRepresentation,
};
