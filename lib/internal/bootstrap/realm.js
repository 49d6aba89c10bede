'use strict';
// The builtin module system: compiles embedded lib/ modules on first require and hands
// internalBinding() to them only. Called once by C with (process, internalBinding,
// compileBuiltin, builtinIds); returns the hooks object of internal/bootstrap/node.

const moduleCache = new Map();
const builtinSet = new Set(builtinIds);

// Modules users can only reach with the node: scheme, as in Node 22.
const schemeOnly = new Set(['sea', 'sqlite', 'test', 'test/reporters']);

function canBeRequiredByUsers(id) {
  return builtinSet.has(id) && !id.startsWith('internal/');
}

function canBeRequiredWithoutScheme(id) {
  return canBeRequiredByUsers(id) && !schemeOnly.has(id);
}

function requireBuiltin(id) {
  const cached = moduleCache.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = compileBuiltin(id);
  if (fn === null) throw new Error(`No such built-in module: ${id}`);
  const mod = { id, exports: {}, loaded: false };
  moduleCache.set(id, mod);
  fn(mod.exports, requireBuiltin, mod, process, internalBinding);
  mod.loaded = true;
  return mod.exports;
}

const BuiltinModule = {
  exists(id) {
    return builtinSet.has(id);
  },
  canBeRequiredByUsers,
  canBeRequiredWithoutScheme,
  isBuiltin(id) {
    return typeof id === 'string' &&
      (id.startsWith('node:') ? canBeRequiredByUsers(id.slice(5)) : canBeRequiredWithoutScheme(id));
  },
  getCanBeRequiredByUsersWithoutSchemeList() {
    return builtinIds.filter(canBeRequiredWithoutScheme);
  },
  getSchemeOnlyModuleNames() {
    return [...schemeOnly];
  },
  getAllBuiltinModuleIds() {
    return builtinIds.slice();
  },
  isLoaded(id) {
    const m = moduleCache.get(id);
    return m !== undefined && m.loaded;
  },
};

moduleCache.set('internal/bootstrap/realm', {
  id: 'internal/bootstrap/realm',
  loaded: true,
  exports: { BuiltinModule, internalBinding, requireBuiltin },
});

return requireBuiltin('internal/bootstrap/node');
