// Several async functions with awaits interleave in a fixed order.
async function worker(name, n) {
  for (let i = 0; i < n; i++) {
    console.log(name, i);
    await undefined;
  }
  console.log(name, 'done');
  return name;
}
Promise.all([worker('a', 3), worker('b', 2), worker('c', 4)]).then((r) => console.log('all', r.join(',')));
console.log('main end');
