// A domain without 'error' listeners does not swallow errors: they are uncaught as usual.
const domain = require('domain');
const d = domain.create();
process.on('uncaughtException', (e) => console.log('uncaughtException', e.message));
d.run(() => {
  setTimeout(() => {
    throw new Error('no listener');
  }, 1);
});
setTimeout(() => console.log('after'), 10);
