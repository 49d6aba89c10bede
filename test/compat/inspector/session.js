// node:inspector without an inspector agent: Session API, url(), console, errors.
const inspector = require('inspector');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log(Object.keys(inspector).join());
console.log(inspector.url(), typeof inspector.console.log, Object.keys(inspector.console).length);
console.log(Object.getOwnPropertyNames(inspector.Session.prototype).join());
const s = new inspector.Session();
console.log(s instanceof require('events'), Object.keys(s).join());
t('post no method', () => s.post());
t('post not connected', () => s.post('Runtime.evaluate', { expression: '1' }));
t('disconnect', () => s.disconnect());
t('waitForDebugger', () => inspector.waitForDebugger());
t('close', () => inspector.close());
t('console.log', () => inspector.console.log('goes to the inspector only'));
console.log(Object.keys(inspector.Network).join(), Object.keys(inspector.NetworkResources).join());
