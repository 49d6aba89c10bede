'use strict';
// Internal HTTP helpers shared by the _http_* modules: the per-second cached Date header value
// and the symbols they agree on.

let dateCache;
let dateSecond = -1;

// The value of the Date header: formatted at most once per second.
function utcDate() {
  const sec = Math.floor(Date.now() / 1000);
  if (sec !== dateSecond) {
    dateSecond = sec;
    dateCache = new Date(sec * 1000).toUTCString();
  }
  return dateCache;
}

module.exports = {
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  utcDate,
};
