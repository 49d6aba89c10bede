'use strict';
// V8's stack-trace API: err.stack shape, frame names and lines, captureStackTrace,
// prepareStackTrace with CallSite objects, stackTraceLimit.
const path = require('path');

function frames(stack) {
  return stack.split('\n').slice(1).filter((l) => l.includes(__filename)).map((l) => {
    const m = /^ {4}at (?:(.*) \()?(.*):(\d+):(\d+)\)?$/.exec(l);
    return m === null ? `?${l}` : `${m[1] ?? '<none>'}@${path.basename(m[2])}:${m[3]}`;
  });
}

console.log('first line:', new Error('hello').stack.split('\n')[0]);
console.log('type first line:', new TypeError('t').stack.split('\n')[0]);
console.log('range:', new RangeError('r').stack.split('\n')[0]);
console.log('empty message:', JSON.stringify(new Error().stack.split('\n')[0]));
console.log('top-level:', frames(new Error('x').stack)[0]);

function named() {
  return new Error('in named');
}
console.log('named:', frames(named().stack).slice(0, 2).join(' '));

class Foo {
  constructor() {
    this.err = new Error('ctor');
  }
}
console.log('constructor:', frames(new Foo().err.stack)[0]);

class MyErr extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyErr';
  }
}
const my = new MyErr('mine');
console.log('subclass header:', my.stack.split('\n')[0]);
console.log('subclass frame:', frames(my.stack)[0]);
console.log('instanceof:', my instanceof MyErr, my instanceof Error, new TypeError() instanceof Error);
console.log('ctor identity:', Error.prototype.constructor === Error,
  TypeError.prototype.constructor === TypeError, Object.getPrototypeOf(TypeError) === Error);
console.log('toString tag:', Object.prototype.toString.call(new Error()),
  Object.prototype.toString.call(my));
console.log('without new:', Error('nn') instanceof Error, Error('nn').message,
  frames(Error('nn').stack).length > 0);
console.log('lengths:', Error.length, TypeError.length, AggregateError.length, Error.name);
console.log('stack own:', Object.prototype.hasOwnProperty.call(new Error(), 'stack'),
  Object.keys(new Error('k')).length);

console.log('limit default:', Error.stackTraceLimit);
Error.stackTraceLimit = 0;
console.log('limit 0:', JSON.stringify(new Error('z').stack));
Error.stackTraceLimit = 1;
console.log('limit 1 lines:', new Error('z').stack.split('\n').length);
Error.stackTraceLimit = 'no';
const noStack = new Error('z');
console.log('limit non-number:', noStack.stack, 'stack' in noStack);
Error.stackTraceLimit = 10;

const late = new Error('before');
late.message = 'after';
console.log('lazy header:', late.stack.split('\n')[0]);
const written = new Error('w');
written.stack = 'custom';
console.log('written:', written.stack);

const target = {};
Error.captureStackTrace(target);
console.log('capture:', target.stack.split('\n')[0], frames(target.stack)[0]);
const named2 = { name: 'N', message: 'M' };
Error.captureStackTrace(named2);
console.log('capture header:', named2.stack.split('\n')[0]);

function inner() {
  const o = {};
  Error.captureStackTrace(o, inner);
  return o.stack;
}
function outer() {
  return [inner()][0];
}
console.log('capture fn:', frames(outer())[0]);

let called = 0;
Error.prepareStackTrace = (err, sites) => {
  called++;
  return sites;
};
const holder = {};
Error.captureStackTrace(holder);
const sites = holder.stack;
Error.prepareStackTrace = undefined;
const own = sites.find((s) => s.getFileName() === __filename);
console.log('prepare called:', called, Array.isArray(sites));
console.log('callsite:', typeof own.getFileName(), path.basename(own.getFileName()),
  own.getLineNumber(), typeof own.getColumnNumber(), own.isNative(), own.isEval(),
  typeof own.getFunctionName(), own.isConstructor(), own.isAsync(), own.isPromiseAll(),
  own.getPromiseIndex(), own.getEvalOrigin());
console.log('callsite methods:', ['getThis', 'getTypeName', 'getFunction', 'getFunctionName',
  'getMethodName', 'getFileName', 'getLineNumber', 'getColumnNumber', 'getEvalOrigin',
  'isToplevel', 'isEval', 'isNative', 'isConstructor', 'isAsync', 'isPromiseAll',
  'getPromiseIndex', 'getScriptNameOrSourceURL', 'getScriptHash', 'getEnclosingColumnNumber',
  'getEnclosingLineNumber', 'getPosition', 'toString'].every((m) => typeof own[m] === 'function'));
console.log('callsite keys:', JSON.stringify(own), Object.keys(own).length);

Error.prepareStackTrace = (err, s) => `prepared ${err.message} ${s.length > 0}`;
const viaPrepare = new Error('pp');
console.log('prepare on read:', viaPrepare.stack);
Error.prepareStackTrace = undefined;

function depdLike() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, s) => s;
  const obj = {};
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = saved;
  return stack;
}
const callers = depdLike();
console.log('depd caller:', path.basename(callers[0].getFileName()), callers[0].getLineNumber());
