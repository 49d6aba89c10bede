// console.info, console.debug and console.dirxml behave like console.log.
console.info('info %s', 'message', { x: 1 });
console.debug('debug', [1, 2, 3]);
console.dirxml('dirxml', { y: 2 }, [3]);
console.info();
console.debug('%d%%', 99);
for (const name of ['info', 'debug', 'dirxml', 'log', 'warn', 'error']) {
  console.log(name, typeof console[name], console[name].name, console[name].length);
}
