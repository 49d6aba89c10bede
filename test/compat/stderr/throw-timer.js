setTimeout(function tick() {
  throw new Error('timer');
}, 1);
