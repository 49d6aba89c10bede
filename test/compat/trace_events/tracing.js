// trace_events: createTracing validation, enable/disable and getEnabledCategories.
const te = require('trace_events');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log(Object.keys(te).join(), te.createTracing.length, te.getEnabledCategories.length);
t('no options', () => te.createTracing());
t('empty', () => te.createTracing({ categories: [] }));
t('string', () => te.createTracing({ categories: 'x' }));
t('non-string', () => te.createTracing({ categories: [1] }));
const a = te.createTracing({ categories: ['node.perf', 'v8'] });
const b = te.createTracing({ categories: ['v8', 'node.async_hooks'] });
console.log(a.enabled, a.categories, te.getEnabledCategories());
console.log(require('util').inspect(a));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(a)).join());
a.enable();
console.log(a.enabled, te.getEnabledCategories());
b.enable();
b.enable();
console.log(te.getEnabledCategories().split(',').sort().join());
a.disable();
console.log(a.enabled, te.getEnabledCategories());
b.disable();
console.log(te.getEnabledCategories());
