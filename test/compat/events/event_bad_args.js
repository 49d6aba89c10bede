// error codes/messages for invalid use of Event, CustomEvent and EventTarget
function t(label, fn) {
  try { const r = fn(); console.log(label, 'ok', r === undefined ? 'undefined' : typeof r); } catch (err) { console.log(label, err.name, err.code, err.message); }
}
const target = new EventTarget();
t('new Event()', () => new Event());
t('new Event(x, 1)', () => new Event('x', 1));
t('new Event(x, "s")', () => new Event('x', 's'));
t('new Event(x, null)', () => new Event('x', null));
t('new CustomEvent()', () => new CustomEvent());
t('new CustomEvent(x, 4)', () => new CustomEvent('x', 4));
t('addEventListener()', () => target.addEventListener());
t('addEventListener(a)', () => target.addEventListener('a'));
t('addEventListener(a, 1)', () => target.addEventListener('a', 1));
t('addEventListener(a, "s")', () => target.addEventListener('a', 'str'));
t('addEventListener(a, f, 5)', () => target.addEventListener('a', () => {}, 5));
t('addEventListener(a, f, "s")', () => target.addEventListener('a', () => {}, 'str'));
t('addEventListener(sym, f)', () => target.addEventListener(Symbol('x'), () => {}));
t('removeEventListener()', () => target.removeEventListener());
t('removeEventListener(a)', () => target.removeEventListener('a'));
t('removeEventListener(a, 1)', () => target.removeEventListener('a', 1));
t('removeEventListener(sym, f)', () => target.removeEventListener(Symbol('y'), () => {}));
t('removeEventListener(a, f, 5)', () => target.removeEventListener('a', () => {}, 5));
t('dispatchEvent()', () => target.dispatchEvent());
t('dispatchEvent({})', () => target.dispatchEvent({}));
t('dispatchEvent("x")', () => target.dispatchEvent('x'));
t('dispatchEvent(null)', () => target.dispatchEvent(null));
t('addEventListener on plain object', () => EventTarget.prototype.addEventListener.call({}, 'a', () => {}));
t('dispatchEvent on plain object', () => EventTarget.prototype.dispatchEvent.call({}, new Event('a')));
t('removeEventListener on null', () => EventTarget.prototype.removeEventListener.call(null, 'a', () => {}));
for (const name of ['type', 'target', 'cancelable', 'defaultPrevented', 'eventPhase', 'bubbles']) {
  t(`Event ${name} getter on {}`, () => Object.getOwnPropertyDescriptor(Event.prototype, name).get.call({}));
}
t('preventDefault on {}', () => Event.prototype.preventDefault.call({}));
t('stopPropagation on {}', () => Event.prototype.stopPropagation.call({}));
t('composedPath on {}', () => Event.prototype.composedPath.call({}));
t('isTrusted on {}', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));
t('initEvent()', () => new Event('x').initEvent());
