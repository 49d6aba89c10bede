// Event properties and methods outside and inside dispatch
const ev = new Event('foo');
console.log(ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.defaultPrevented, ev.isTrusted, ev.eventPhase);
console.log(ev.target, ev.currentTarget, ev.srcElement, ev.composedPath(), ev.returnValue, ev.cancelBubble);
console.log(typeof ev.timeStamp, ev.timeStamp >= 0);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.NONE);
const ev2 = new Event('bar', { bubbles: true, cancelable: true, composed: true });
console.log(ev2.bubbles, ev2.cancelable, ev2.composed);
ev2.preventDefault();
console.log(ev2.defaultPrevented, ev2.returnValue);
const ev3 = new Event('baz', { bubbles: 1, cancelable: 'yes', composed: {} });
console.log(ev3.bubbles, ev3.cancelable, ev3.composed);
const ev4 = new Event('nc');
ev4.preventDefault();
console.log('non-cancelable preventDefault', ev4.defaultPrevented, ev4.returnValue);
const ev5 = new Event('rv', { cancelable: true });
ev5.returnValue = true;
console.log(ev5.defaultPrevented);
ev5.returnValue = false;
console.log(ev5.defaultPrevented, ev5.returnValue);
const ev6 = new Event('cb');
ev6.cancelBubble = false;
console.log(ev6.cancelBubble);
ev6.cancelBubble = true;
console.log(ev6.cancelBubble);
const ev7 = new Event('sp');
ev7.stopPropagation();
console.log(ev7.cancelBubble);
const ev8 = new Event('sip');
ev8.stopImmediatePropagation();
console.log(ev8.cancelBubble);
// initEvent
const ev9 = new Event('old');
ev9.initEvent('new', true, true);
console.log(ev9.type, ev9.bubbles, ev9.cancelable);
ev9.initEvent('newer');
console.log(ev9.type, ev9.bubbles, ev9.cancelable);
// type coercion
console.log(new Event(5).type, new Event(null).type, new Event(undefined).type, new Event({ toString() { return 'obj'; } }).type);
// prototype shape
console.log(Object.keys(Event.prototype));
console.log(Object.prototype.toString.call(ev), ev instanceof Event, Event.name, Event.length);
const desc = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
console.log(typeof desc.get, desc.enumerable, desc.configurable);
// subclassing Event
class MyEvent extends Event { constructor() { super('mine', { cancelable: true }); this.extra = 1; } }
const me = new MyEvent();
console.log(me.type, me.cancelable, me.extra, me instanceof Event);
// stopImmediatePropagation inside dispatch
const t = new EventTarget();
t.addEventListener('s', (e) => { console.log('s1'); e.stopImmediatePropagation(); });
t.addEventListener('s', () => console.log('s2 not called'));
t.dispatchEvent(new Event('s'));
// stopPropagation does not stop same-target listeners
t.addEventListener('p', (e) => { console.log('p1'); e.stopPropagation(); });
t.addEventListener('p', () => console.log('p2 called'));
t.dispatchEvent(new Event('p'));
// an event already stopped before dispatch calls no listeners
const stopped = new Event('p');
stopped.stopImmediatePropagation();
t.dispatchEvent(stopped);
console.log('done');
