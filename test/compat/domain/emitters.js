// domain.add/remove: unhandled 'error' events of member emitters go to the domain.
const domain = require('domain');
const EventEmitter = require('events');
const d = domain.create();
d.on('error', (e) => console.log('domain got', e.message, Object.keys(e), e.domainEmitter === ee, e.domain === d));
const ee = new EventEmitter();
d.add(ee);
console.log(ee.domain === d, d.members.length, d.members[0] === ee);
ee.emit('error', new Error('emitted'));
ee.on('data', () => console.log('data listener sees domain', process.domain === d));
ee.emit('data');
const handled = new EventEmitter();
d.add(handled);
handled.on('error', (e) => console.log('own listener', e.message));
handled.emit('error', new Error('handled locally'));
d.remove(ee);
console.log(ee.domain, d.members.length);
try {
  ee.emit('error', new Error('after remove'));
} catch (e) {
  console.log('thrown', e.message);
}
