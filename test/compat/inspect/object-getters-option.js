// util.inspect's getters option evaluates accessors ('get', 'set', true).
const { inspect } = require('util');
const o = {
  get num() { return 42; },
  get str() { return 'text'; },
  get nul() { return null; },
  get obj() { return { inner: [1, 2] }; },
  get boom() { throw new Error('bad getter'); },
  get both() { return 'b'; },
  set both(v) {},
  set only(v) {},
};
for (const getters of [false, true, 'get', 'set']) {
  console.log(`getters=${getters}`);
  console.log(inspect(o, { getters }));
}
