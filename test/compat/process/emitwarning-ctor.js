// emitWarning with a ctor argument and the warning event ordering versus ticks.
process.on('warning', (w) => console.log('warning:', w.name, w.message));
process.nextTick(() => console.log('tick queued before emitWarning'));
process.emitWarning('first');
process.nextTick(() => console.log('tick queued after emitWarning'));
Promise.resolve().then(() => console.log('promise'));
process.emitWarning('second', 'SecondWarning');
function ctor() {}
process.emitWarning('third', 'ThirdWarning', 'C3', ctor);
