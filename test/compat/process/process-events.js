// process is an EventEmitter: custom events, once, listenerCount.
console.log('on returns process', process.on('custom', (a, b) => console.log('custom', a, b)) === process);
process.once('custom', () => console.log('once listener'));
console.log('listenerCount', process.listenerCount('custom'));
console.log('emit returns', process.emit('custom', 1, 2));
console.log('listenerCount after once', process.listenerCount('custom'));
process.removeAllListeners('custom');
console.log('emit with none', process.emit('custom'));
console.log('has exit listeners initially', process.listenerCount('exit'));
