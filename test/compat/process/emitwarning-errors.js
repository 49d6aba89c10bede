// emitWarning argument validation.
function t(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, '|', e.message); }
}
t('number', () => process.emitWarning(1));
t('undefined', () => process.emitWarning());
t('object', () => process.emitWarning({}));
t('type number', () => process.emitWarning('w', 5));
t('code number', () => process.emitWarning('w', 'T', 5));
t('options type number', () => process.emitWarning('w', { type: 5 }));
process.on('warning', (w) => console.log('warning', w.name, w.message));
