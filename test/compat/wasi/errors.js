// WASI constructor and start() validation.
const { WASI } = require('wasi');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('no options', () => new WASI());
t('no version', () => new WASI({}));
t('bad version', () => new WASI({ version: 'preview2' }));
t('args', () => new WASI({ version: 'preview1', args: 'x' }));
t('env', () => new WASI({ version: 'preview1', env: 1 }));
t('preopens', () => new WASI({ version: 'preview1', preopens: 1 }));
t('returnOnExit', () => new WASI({ version: 'preview1', returnOnExit: 1 }));
t('stdin', () => new WASI({ version: 'preview1', stdin: 'x' }));
const w = new WASI({ version: 'unstable' });
console.log(Object.keys(w.getImportObject()).join());
t('start no instance', () => w.start());
t('start no memory', () => w.start({ exports: {} }));
t('start no _start', () => new WASI({ version: 'preview1' }).start({ exports: { memory: new WebAssembly.Memory({ initial: 1 }) } }));
t('initialize with _start', () => new WASI({ version: 'preview1' }).initialize({ exports: { memory: new WebAssembly.Memory({ initial: 1 }), _start() {} } }));
const ok = new WASI({ version: 'preview1' });
t('initialize ok', () => ok.initialize({ exports: { memory: new WebAssembly.Memory({ initial: 1 }) } }));
t('initialize again', () => ok.initialize({ exports: { memory: new WebAssembly.Memory({ initial: 1 }) } }));
