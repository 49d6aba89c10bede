// bluebird and async: promise helpers and control flow (run one after the other).
const Bluebird = require('bluebird');
const async = require('async');
(async () => {
  console.log('bluebird', await Bluebird.map([1, 2, 3], (x) => Bluebird.delay(3 - x).then(() => x * 2), { concurrency: 2 }));
  console.log('promisified', await Bluebird.promisify((a, cb) => cb(null, a + 1))(1));
  console.log('props', await Bluebird.props({ a: Bluebird.resolve(1), b: 2 }));
  async.mapLimit([3, 1, 2], 2, (x, cb) => setTimeout(() => cb(null, x * 10), x), (err, r) => {
    console.log('async', err, r);
    async.series([(cb) => cb(null, 'a'), (cb) => setImmediate(cb, null, 'b')], (err2, r2) => console.log('series', r2));
  });
})();
