// Env keys are case-sensitive on POSIX; numeric-looking keys; non-string keys.
const env = process.env;
env.CNODE_Case = 'a';
console.log('lower', env.cnode_case, 'exact', env.CNODE_Case, 'upper', env.CNODE_CASE);
env[5] = 'five';
console.log('numeric key', env['5'], Object.keys(env).includes('5'));
delete env[5];
console.log('after delete numeric', env['5']);
console.log('Object.keys are strings', Object.keys(env).every((k) => typeof k === 'string'));
console.log('values are strings', Object.values(env).every((v) => typeof v === 'string'));
const before = Object.keys(env).length;
env.CNODE_NEW_KEY_X = '1';
console.log('count grows by one', Object.keys(env).length - before);
delete env.CNODE_NEW_KEY_X;
console.log('count restored', Object.keys(env).length === before);
