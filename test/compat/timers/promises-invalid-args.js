// timers/promises validates its options.
const tp = require('timers/promises');
async function t(label, fn) {
  try { await fn(); console.log(label, 'resolved'); } catch (e) { console.log(label, e.name, e.code, '|', e.message); }
}
(async () => {
  await t('options null', () => tp.setTimeout(1, 'x', null));
  await t('options string', () => tp.setTimeout(1, 'x', 'opts'));
  await t('signal string', () => tp.setTimeout(1, 'x', { signal: 'sig' }));
  await t('ref string', () => tp.setTimeout(1, 'x', { ref: 'yes' }));
  await t('immediate options number', () => tp.setImmediate('x', 5));
  await t('immediate ref number', () => tp.setImmediate('x', { ref: 1 }));
  await t('interval signal object', async () => { for await (const _ of tp.setInterval(1, 'x', { signal: {} })) break; });
  await t('valid ref false', () => tp.setTimeout(1, 'x', { ref: true }));
})();
