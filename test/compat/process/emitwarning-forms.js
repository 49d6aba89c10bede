// process.emitWarning forms observed through the 'warning' event.
process.on('warning', (w) => {
  console.log('warning event:', w.name, '| code:', w.code, '| message:', w.message, '| detail:', w.detail, '| instanceof Error:', w instanceof Error);
});
process.emitWarning('plain string');
process.emitWarning('with type', 'CustomWarning');
process.emitWarning('with type and code', 'CustomWarning', 'CODE001');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
const err = new Error('error object');
err.name = 'ErrWarning';
process.emitWarning(err);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP9999');
process.emitWarning('deprecated again', 'DeprecationWarning');
process.emitWarning('experimental', 'ExperimentalWarning');
console.log('emitWarning is async: this line prints first');
