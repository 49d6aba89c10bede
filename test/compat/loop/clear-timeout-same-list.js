// A timer cleared by an earlier callback in the same list never runs.
let b;
setTimeout(() => {
  console.log('a runs, clearing b');
  clearTimeout(b);
}, 5);
b = setTimeout(() => console.log('b should not run'), 5);
setTimeout(() => console.log('c runs'), 5);
setTimeout(() => console.log('d runs (10ms)'), 10);
