'use strict';
// stringify/parse round trips.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

const objs = [{ a: '1', b: ['x', 'y'] }, { 'sp ace': 'v a l', '&': '=', '%': '+' }, { emoji: '😀', cjk: '中文' }, { empty: '' }];
for (const o of objs) {
  const s = qs.stringify(o);
  console.log(s, JSON.stringify(qs.parse(s)));
}
