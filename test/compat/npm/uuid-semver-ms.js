const { v4, v5, validate, version, NIL } = require('uuid');
const semver = require('semver');
const ms = require('ms');
const id = v4();
console.log(validate(id), version(id), v5('hello', v5.URL), NIL);
console.log(semver.satisfies('1.2.3', '^1.0.0'), semver.inc('1.2.3', 'minor'), semver.maxSatisfying(['1.0.0', '1.5.0', '2.0.0'], '~1.0.0 || 1.x'), semver.valid('x'));
console.log(ms('2 days'), ms(60000), ms(3600000, { long: true }));
