// Calling refresh() from inside the callback makes a timeout fire again.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n);
  if (n < 3) t.refresh();
  else setImmediate(() => console.log('done, hasRef =', t.hasRef()));
}, 2);
