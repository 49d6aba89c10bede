// A string delay '15' is honoured as 15ms, after a 2ms timer.
setTimeout(() => console.log("'15'"), '15');
setTimeout(() => console.log('2'), 2);
setTimeout(() => console.log("'  8  '"), '  8  ');
