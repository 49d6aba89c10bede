// ref() after unref() restores keep-alive.
const t = setTimeout(() => console.log('timer ran'), 5);
console.log('initial hasRef:', t.hasRef());
console.log('unref returns same:', t.unref() === t);
console.log('after unref:', t.hasRef());
console.log('ref returns same:', t.ref() === t);
console.log('after ref:', t.hasRef());
t.unref(); t.unref(); t.ref();
console.log('after unref,unref,ref:', t.hasRef());
