'use strict';
// package.json for the module loaders: each file is read and parsed once, only the fields
// resolution uses are kept, and the package scope (nearest package.json) of a file is found.

const fsBinding = internalBinding('fs');

// jsonPath -> record; a record is shaped like Node's Module._readPackage() result:
// a null-prototype object with name?, main?, type, imports?, exports?, exists, pjsonPath.
const cache = new Map();

// Node's package.json reader rejects these with a bare Error carrying only `code`.
function invalidConfig(jsonPath) {
  const err = new Error(`Invalid package config ${jsonPath}.`);
  err.code = 'ERR_INVALID_PACKAGE_CONFIG';
  return err;
}

function isStructured(value) {
  return typeof value === 'string' || (typeof value === 'object' && value !== null);
}

function toRecord(data, jsonPath) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalidConfig(jsonPath);
  const record = { __proto__: null };
  if (data.name !== undefined) {
    if (typeof data.name !== 'string') throw invalidConfig(jsonPath);
    record.name = data.name;
  }
  if (typeof data.main === 'string') record.main = data.main;
  let type = 'none';
  if (data.type !== undefined) {
    if (typeof data.type !== 'string') throw invalidConfig(jsonPath);
    if (data.type === 'module' || data.type === 'commonjs') type = data.type;
  }
  record.type = type;
  if (isStructured(data.imports)) record.imports = data.imports;
  if (isStructured(data.exports)) record.exports = data.exports;
  record.exists = true;
  record.pjsonPath = jsonPath;
  return record;
}

// Returns the record for the package.json at jsonPath (an absolute path). A missing or
// unreadable file gives { type: 'none', exists: false, pjsonPath }; malformed JSON or a
// non-string name/type throws ERR_INVALID_PACKAGE_CONFIG. Results are cached for the process.
function read(jsonPath) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  let text;
  if (fsBinding.internalModuleStat(jsonPath) === 0) {
    try {
      text = fsBinding.readFileUtf8(jsonPath);
    } catch {
      text = undefined;
    }
  }
  let record;
  if (text === undefined) {
    record = { __proto__: null, type: 'none', exists: false, pjsonPath: jsonPath };
  } else {
    let data;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
    } catch {
      throw invalidConfig(jsonPath);
    }
    record = toRecord(data, jsonPath);
  }
  cache.set(jsonPath, record);
  return record;
}

// The record of dir/package.json (dir is an absolute directory path).
function readInDirectory(dir) {
  return read(dir === '/' ? '/package.json' : `${dir}/package.json`);
}

// Walks up from the directory holding checkPath (an absolute file path) and returns the first
// package.json that exists, as its record, or undefined. Like Node, the walk stops at a
// directory named node_modules: a package's scope never extends past it.
function getNearestParentPackageJSON(checkPath) {
  let end = checkPath.lastIndexOf('/');
  while (end >= 0) {
    const dir = checkPath.slice(0, end);
    if (dir.endsWith('/node_modules')) return undefined;
    const record = read(`${dir}/package.json`);
    if (record.exists) return record;
    end = dir.lastIndexOf('/');
  }
  return undefined;
}

// The nearest package.json's "type" for a file path: 'module', 'commonjs' or 'none'.
function getPackageType(checkPath) {
  return getNearestParentPackageJSON(checkPath)?.type ?? 'none';
}

module.exports = {
  read,
  readInDirectory,
  getNearestParentPackageJSON,
  getPackageType,
  invalidConfig,
};
