'use strict';
// DOMException as in WHATWG WebIDL, with Node's options-object extension ({ name, cause }).

// Legacy numeric codes, keyed by error name; names absent here have code 0.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const codeByName = new Map();
for (const [name, , code] of legacyCodes) {
  if (name !== null) codeByName.set(name, code);
}

// Internal state lives in a WeakMap so instances carry no visible own fields.
const state = new WeakMap();

function stateOf(self) {
  const s = state.get(self);
  if (s === undefined) {
    const err = new TypeError('Value of "this" must be of DOMException');
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    message = `${message}`;
    let name;
    let hasCause = false;
    let cause;
    if (options !== null && typeof options === 'object') {
      name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      name = `${options}`;
    }
    state.set(this, { name, message });
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this);
    } else {
      const stack = new Error(message).stack;
      Object.defineProperty(this, 'stack', {
        __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
      });
    }
    if (hasCause) {
      Object.defineProperty(this, 'cause', {
        __proto__: null, value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
  }

  get name() {
    return stateOf(this).name;
  }

  get message() {
    return stateOf(this).message;
  }

  get code() {
    return codeByName.get(stateOf(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, desc);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (const [, constName, code] of legacyCodes) {
  const desc = { __proto__: null, value: code, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constName, desc);
  Object.defineProperty(DOMException.prototype, constName, desc);
}

module.exports = { DOMException };
