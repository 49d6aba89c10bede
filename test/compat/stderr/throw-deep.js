function a() { b(); }
function b() { c(); }
function c() { throw new Error('deep'); }
a();
