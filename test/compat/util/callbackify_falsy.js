// util.callbackify wraps falsy rejection reasons in ERR_FALSY_VALUE_REJECTION with .reason.
const util = require('util');
const reasons = [null, undefined, 0, '', false, NaN];
let i = 0;
(function next() {
  if (i === reasons.length) return;
  const r = reasons[i++];
  util.callbackify(() => Promise.reject(r))((err) => {
    console.log(err.name, err.code, err.message, 'reason:', String(err.reason),
                Object.hasOwn(err, 'reason'));
    next();
  });
})();
