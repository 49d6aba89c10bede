// util.inspect calls [util.inspect.custom](depth, options, inspect).
const util = require('util');
const { inspect } = util;
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const a = { [inspect.custom]() { return 'custom string'; } };
const b = { [inspect.custom](depth) { return { replaced: true, depth }; } };
const c = { [inspect.custom](depth, options) { return `${Object.keys(options).join(',')} d=${options.depth}`; } };
const d = { [inspect.custom](depth, options, insp) { return insp({ via: 'inspect arg' }, options); } };
const e = { [inspect.custom]() { return 'multi\nline'; } };
const f = { [inspect.custom]() { return this; }, plain: 1 };
const g = { [inspect.custom]: 'not a function', x: 1 };
const h = { [inspect.custom](depth, options) { return options.stylize('styled', 'special'); } };
class Temp { constructor(v) { this.v = v; } [inspect.custom](depth, opts) { return `Temp<${this.v}>`; } }
for (const v of [a, b, c, d, e, f, g, h, new Temp(5)]) console.log(inspect(v));
console.log(inspect({ nest: { e } }));
console.log(inspect([new Temp(1), new Temp(2)]));
console.log(inspect(a, { customInspect: false }));
console.log(inspect({ x: { y: b } }, { depth: 5 }));
console.log(inspect(c, { extraUserOption: 1 }));
console.log(inspect(Temp.prototype));
console.log(inspect(h, { colors: true }) === '\u001b[36mstyled\u001b[39m');
console.log(util.format('%s|%O|%o', new Temp(3), new Temp(4), a));
