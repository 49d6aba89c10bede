'use strict';
const show = require('./fixtures/show');
// Absolute requests resolve from the file-system root, with the same extension rules.
const path = require('path');
const dir = path.join(__dirname, 'fixtures', 'basic');
show(() => require(path.join(dir, 'a')));
show(() => require(path.join(dir, 'a.js')));
show(() => require(`${dir}/data`));
show(() => require(`${dir}/missing`));
show(() => require(`${dir}/../dirs/with-index`));
show(() => require.resolve(`${dir}/a`) === path.join(dir, 'a.js'));
