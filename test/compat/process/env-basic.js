// process.env set / get / delete / in / keys.
const env = process.env;
console.log('typeof env', typeof env);
console.log('unset key', env.CNODE_TEST_UNSET_KEY, 'CNODE_TEST_UNSET_KEY' in env);
env.CNODE_TEST_A = 'hello';
console.log('get', env.CNODE_TEST_A, 'in', 'CNODE_TEST_A' in env);
console.log('keys include', Object.keys(env).includes('CNODE_TEST_A'));
console.log('hasOwn', Object.prototype.hasOwnProperty.call(env, 'CNODE_TEST_A'), Object.hasOwn(env, 'CNODE_TEST_A'));
console.log('descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(env, 'CNODE_TEST_A')));
console.log('delete returns', delete env.CNODE_TEST_A);
console.log('after delete', env.CNODE_TEST_A, 'CNODE_TEST_A' in env, Object.keys(env).includes('CNODE_TEST_A'));
console.log('delete missing returns', delete env.CNODE_TEST_NEVER_SET);
env['CNODE_TEST_B'] = 'x';
env.CNODE_TEST_B = 'y';
console.log('overwrite', env.CNODE_TEST_B);
console.log('for-in sees it', (() => { for (const k in env) if (k === 'CNODE_TEST_B') return true; return false; })());
console.log('spread sees it', { ...env }.CNODE_TEST_B);
console.log('JSON sees it', JSON.parse(JSON.stringify(env)).CNODE_TEST_B);
console.log('PATH is string', typeof env.PATH);
