'use strict';
// node:inspector — the API of a Node build without the inspector: cnode runs on JavaScriptCore
// and has no Chrome DevTools Protocol agent. Session.connect() and open() throw
// ERR_INSPECTOR_NOT_AVAILABLE; url() is undefined; the inspector console and Network events have
// no frontend to reach, so they do nothing (as in Node while no frontend is attached).

const EventEmitter = require('events');
const {
  codes: {
    ERR_INSPECTOR_NOT_ACTIVE,
    ERR_INSPECTOR_NOT_AVAILABLE,
    ERR_INSPECTOR_NOT_CONNECTED,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');

class Session extends EventEmitter {
  connect() {
    throw new ERR_INSPECTOR_NOT_AVAILABLE();
  }

  connectToMainThread() {
    throw new ERR_INSPECTOR_NOT_AVAILABLE();
  }

  post(method, params, callback) {
    validateString(method, 'method');
    if (!callback && typeof params === 'function') {
      callback = params;
      params = null;
    }
    if (params) validateObject(params, 'params');
    if (callback) validateFunction(callback, 'callback');
    throw new ERR_INSPECTOR_NOT_CONNECTED();
  }

  disconnect() {}
}

function open(port, host, wait) {
  throw new ERR_INSPECTOR_NOT_AVAILABLE();
}

function close() {}

function url() {
  return undefined;
}

function waitForDebugger() {
  throw new ERR_INSPECTOR_NOT_ACTIVE();
}

const consoleMethods = [
  'debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
  'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context',
];
const inspectorConsole = {};
for (const name of consoleMethods) {
  // Messages for the inspector frontend only; there is none to receive them.
  inspectorConsole[name] = { [name]() {} }[name];
}

function broadcast(params) {
  validateObject(params, 'params');
}

const Network = {
  requestWillBeSent: broadcast,
  responseReceived: broadcast,
  loadingFinished: broadcast,
  loadingFailed: broadcast,
  dataSent: broadcast,
  dataReceived: broadcast,
};

const NetworkResources = {
  put(url, data) {
    validateString(url, 'url');
    validateString(data, 'data');
  },
};

module.exports = {
  open,
  close,
  url,
  waitForDebugger,
  console: inspectorConsole,
  Session,
  Network,
  NetworkResources,
};
