'use strict';
const show = require('./fixtures/show');
// require.resolve.paths(): the lookup folders, or null for builtins.
show(() => require.resolve.paths('fs'));
show(() => require.resolve.paths('node:fs'));
show(() => require.resolve.paths('./x'));
show(() => require.resolve.paths('../x'));
show(() => require.resolve.paths('.'));
show(() => require.resolve.paths('..'));
show(() => require.resolve.paths('.x').filter((p) => p.includes('/fixtures') || p.includes('/modules/')).length > 0);
show(() => require.resolve.paths('x').slice(0, 2).map((p) => p.slice(p.lastIndexOf('/compat/'))));
show(() => require.resolve.paths('/abs').length === require.resolve.paths('x').length);
show(() => require.resolve.paths(5));
show(() => require.resolve(5));
show(() => require.resolve.paths('node:nope').length > 0);
