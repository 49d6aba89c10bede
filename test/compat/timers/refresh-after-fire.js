// refresh() on a timer that already fired schedules it again; on a cleared timer it does not.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n);
}, 1);
setTimeout(() => {
  console.log('refreshing fired timer');
  t.refresh();
}, 5);
const c = setTimeout(() => console.log('cleared should not run'), 1);
clearTimeout(c);
c.refresh();
process.on('exit', () => console.log('total fires', n));
