// The shape of node:test and node:test/reporters; 'test' without the scheme is not a builtin.
const nodeTest = require('node:test');
console.log(typeof nodeTest, nodeTest.name, nodeTest === nodeTest.test);
console.log('it', nodeTest.it === nodeTest.test, 'suite', nodeTest.suite === nodeTest.describe);
for (const key of ['skip', 'todo', 'only', 'after', 'afterEach', 'before', 'beforeEach', 'describe', 'it', 'suite', 'test', 'mock']) {
  console.log(key, typeof nodeTest[key]);
}
console.log('describe variants', typeof nodeTest.describe.skip, typeof nodeTest.describe.todo, typeof nodeTest.describe.only);
console.log('it variants', typeof nodeTest.it.skip, typeof nodeTest.it.todo, typeof nodeTest.it.only);
console.log('mock proto', Object.getOwnPropertyNames(Object.getPrototypeOf(nodeTest.mock)).filter((k) => k !== 'property').join());
const reporters = require('node:test/reporters');
for (const key of ['dot', 'junit', 'spec', 'tap', 'lcov']) console.log('reporter', key, typeof reporters[key]);
for (const id of ['test', 'test/reporters']) {
  try {
    require(id);
    console.log(id, 'loaded');
  } catch (err) {
    console.log(id, err.code);
  }
}
const { isBuiltin } = require('module');
console.log('isBuiltin', isBuiltin('node:test'), isBuiltin('test'));
