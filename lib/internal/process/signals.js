'use strict';
// process.on('SIGxxx'): a uv_signal handle is started for a signal while it has listeners.
// The signal table loads with the first signal listener, not at startup.

let signals;
let signalNames;
function lazySignals() {
  if (signals === undefined) {
    signals = internalBinding('constants').os.signals;
    signalNames = Object.create(null);
    for (const name of Object.keys(signals)) signalNames[signals[name]] ??= name;
  }
  return signals;
}

function isSignal(name) {
  return typeof name === 'string' && name.startsWith('SIG') && lazySignals()[name] !== undefined;
}

function setupSignalHandlers(process) {
  process.on('newListener', (name) => {
    if (!isSignal(name) || process.listenerCount(name) > 0) return;
    const err = internalBinding('signal_wrap').start(signals[name]);
    if (err) {
      const { ErrnoException } = require('internal/errors');
      throw new ErrnoException(err, 'uv_signal_start');
    }
  });
  process.on('removeListener', (name) => {
    if (isSignal(name) && process.listenerCount(name) === 0) {
      internalBinding('signal_wrap').stop(signals[name]);
    }
  });
}

function emitSignal(signum) {
  lazySignals();
  const name = signalNames[signum];
  process.emit(name, name, signum);
}

module.exports = {
  setupSignalHandlers,
  emitSignal,
  get signals() {
    return lazySignals();
  },
};
