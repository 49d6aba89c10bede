// util.getSystemErrorName/Message/Map map libuv error numbers.
const util = require('util');
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size > 50, util.getSystemErrorMap() !== map);
const byName = new Map([...map].map(([errno, [name]]) => [name, errno]));
for (const name of ['ENOENT', 'EACCES', 'EEXIST', 'EISDIR', 'ENOTDIR', 'ECONNREFUSED', 'EADDRINUSE',
  'EPIPE', 'ETIMEDOUT', 'EINVAL', 'EOF', 'EAI_AGAIN']) {
  const errno = byName.get(name);
  console.log(name, errno < 0, util.getSystemErrorName(errno), util.getSystemErrorMessage(errno),
              JSON.stringify(map.get(errno)));
}
console.log(util.getSystemErrorName(-123456), util.getSystemErrorMessage(-123456));
