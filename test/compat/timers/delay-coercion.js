// Delays are coerced to numbers; invalid ones become 1ms (same list, insertion order).
const order = [];
const cases = [['negative', -5], ['NaN', NaN], ['undefined', undefined], ['null', null],
  ['true', true], ['float 1.7', 1.7], ['string abc', 'abc'], ['zero', 0], ['-0', -0],
  ['string 12', '12'], ['object valueOf 12', { valueOf() { return 12; } }], ['array [12]', [12]],
  ['string 1e1', '1e1'], ['false', false], ['empty array', []], ['empty string', '']];
for (const [name, d] of cases) setTimeout(() => order.push(name), d);
setTimeout(() => console.log(order.join('\n')), 20);
