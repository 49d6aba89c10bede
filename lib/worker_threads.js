'use strict';
// node:worker_threads: Workers (real threads, each with its own runtime), message ports and
// broadcast channels.

const binding = internalBinding('worker');
const io = require('internal/worker/io');
const {
  Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData,
} = require('internal/worker/worker');

const isMainThread = binding.isMainThread;
let parentPort = null;
let workerData = null;
let resourceLimits = {};
let threadName = '';
if (!isMainThread) {
  const state = require('internal/worker/thread').setup();
  parentPort = state.parentPort;
  workerData = state.workerData;
  resourceLimits = state.resourceLimits;
  threadName = state.name;
}

module.exports = {
  isInternalThread: false,
  isMainThread,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUntransferable: io.markAsUntransferable,
  markAsUncloneable: io.markAsUncloneable,
  isMarkedAsUntransferable: io.isMarkedAsUntransferable,
  moveMessagePortToContext: io.moveMessagePortToContext,
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits,
  postMessageToThread() {
    return Promise.reject(new (require('internal/errors').codes.ERR_WORKER_MESSAGING_FAILED)());
  },
  threadId: binding.threadId,
  threadName,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
