'use strict';
const show = require('./fixtures/show');
// require.extensions: custom handlers, and the longest registered extension wins.
require.extensions['.txt'] = function(module, filename) {
  module.exports = `text handler for ${require('path').basename(filename)}`;
};
show(() => require('./fixtures/basic/file.txt'));
show(() => require('./fixtures/basic/file'));
require.extensions['.test.js'] = function(module, filename) {
  module.exports = 'custom .test.js handler';
};
show(() => require('./fixtures/basic/x.test.js'));
show(() => require('./fixtures/basic/x.test'));
console.log(Object.keys(require.extensions).join());
delete require.extensions['.txt'];
delete require.extensions['.test.js'];
