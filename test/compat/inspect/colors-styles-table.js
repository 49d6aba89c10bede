// inspect.colors and inspect.styles tables, and editing a style.
const { inspect } = require('util');
for (const name of Object.keys(inspect.colors)) console.log(name, inspect.colors[name].join(','));
console.log(Object.getOwnPropertyNames(inspect.colors).filter((n) => !Object.keys(inspect.colors).includes(n)).join());
console.log(inspect.colors.grey === inspect.colors.gray, inspect.colors.faint === inspect.colors.dim);
console.log(JSON.stringify(inspect.styles));
inspect.styles.number = 'red';
console.log(JSON.stringify(inspect(5, { colors: true })));
inspect.styles.number = 'nonexistent';
console.log(JSON.stringify(inspect(5, { colors: true })));
inspect.styles.number = 'yellow';
