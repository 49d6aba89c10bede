const Bluebird = require('bluebird');
const async = require('async');
Bluebird.map([1, 2, 3], (x) => Bluebird.delay(3 - x).then(() => x * 2), { concurrency: 2 }).then((r) => console.log('bluebird', r));
Bluebird.promisify((a, cb) => cb(null, a + 1))(1).then((v) => console.log('promisified', v));
async.mapLimit([3, 1, 2], 2, (x, cb) => setTimeout(() => cb(null, x * 10), x), (err, r) => console.log('async', err, r));
async.series([(cb) => cb(null, 'a'), (cb) => setImmediate(cb, null, 'b')], (err, r) => console.log('series', r));
