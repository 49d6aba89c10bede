// DOMException: names, messages, legacy codes, options object
const d = new DOMException('msg', 'NotFoundError');
console.log(d.name, d.message, d.code, d instanceof Error, d instanceof DOMException, String(d));
console.log(Object.prototype.toString.call(d), typeof d.stack);
const plain = new DOMException();
console.log(JSON.stringify(plain.name), JSON.stringify(plain.message), plain.code);
const names = ['IndexSizeError', 'HierarchyRequestError', 'WrongDocumentError', 'InvalidCharacterError', 'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'DataError', 'EncodingError', 'NotReadableError', 'OperationError', 'Custom'];
console.log(names.map((n) => `${n}=${new DOMException('', n).code}`).join(' '));
const consts = Object.keys(DOMException);
console.log(consts.length, consts.map((k) => `${k}=${DOMException[k]}`).join(' '));
console.log(DOMException.prototype.ABORT_ERR, d.TIMEOUT_ERR);
const withCause = new DOMException('with cause', { name: 'AbortError', cause: 'the cause' });
console.log(withCause.name, withCause.code, withCause.cause, Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable);
const noCause = new DOMException('no cause', { name: 'TimeoutError' });
console.log(noCause.name, 'cause' in noCause, noCause.code);
for (const opts of [{}, { name: 5 }, null, undefined, 7]) {
  const x = new DOMException('m', opts);
  console.log(typeof x.name, JSON.stringify(x.name));
}
console.log(new DOMException(123).message, new DOMException(null).message, new DOMException(undefined).message === '');
try { DOMException(); } catch (err) { console.log(err.name); }
try { Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}); } catch (err) { console.log(err.name, err.code); }
console.log(Object.keys(DOMException.prototype).slice(0, 3), DOMException.name, DOMException.length);
const desc = Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR');
console.log(desc.writable, desc.enumerable, desc.configurable);
class Sub extends DOMException { constructor() { super('sub', 'SyntaxError'); } }
const sub = new Sub();
console.log(sub.name, sub.code, sub instanceof DOMException, sub.constructor.name);
