// Two promise chains interleave one step at a time.
const log = (s) => () => console.log(s);
Promise.resolve().then(log('A1')).then(log('A2')).then(log('A3')).then(log('A4'));
Promise.resolve().then(log('B1')).then(log('B2')).then(log('B3'));
Promise.reject(new Error('x')).catch(log('C catch')).then(log('C after catch'));
Promise.resolve().then(() => { throw new Error('boom'); }).then(log('D never')).catch((e) => console.log('D caught', e.message));
console.log('sync');
