'use strict';
// process.on('SIGxxx'): a uv_signal handle is started for a signal while it has listeners.

const binding = internalBinding('signal_wrap');
const signals = internalBinding('constants').os.signals;
const signalNames = Object.create(null);
for (const name of Object.keys(signals)) signalNames[signals[name]] ??= name;

function isSignal(name) {
  return typeof name === 'string' && name.startsWith('SIG') && signals[name] !== undefined;
}

function setupSignalHandlers(process) {
  process.on('newListener', (name) => {
    if (!isSignal(name) || process.listenerCount(name) > 0) return;
    const err = binding.start(signals[name]);
    if (err) {
      const { ErrnoException } = require('internal/errors');
      throw new ErrnoException(err, 'uv_signal_start');
    }
  });
  process.on('removeListener', (name) => {
    if (isSignal(name) && process.listenerCount(name) === 0) binding.stop(signals[name]);
  });
}

function emitSignal(signum) {
  const name = signalNames[signum];
  process.emit(name, name, signum);
}

module.exports = { setupSignalHandlers, emitSignal, signals };
