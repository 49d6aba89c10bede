// Timers with different delays created together fire by deadline.
setTimeout(() => console.log('20ms'), 20);
setTimeout(() => console.log('10ms'), 10);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('5ms'), 5);
setTimeout(() => console.log('15ms'), 15);
setTimeout(() => console.log('10ms second'), 10);
