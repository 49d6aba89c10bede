// refresh() moves a timer behind others that share its delay.
const a = setTimeout(() => console.log('a'), 10);
setTimeout(() => console.log('b'), 10);
setTimeout(() => console.log('c'), 10);
console.log('refresh returns the timer:', a.refresh() === a);
