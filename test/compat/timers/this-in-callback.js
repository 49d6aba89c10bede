// `this` inside timer callbacks is the timer object.
const t = setTimeout(function () {
  console.log('timeout this === t', this === t);
  const im = setImmediate(function () {
    console.log('immediate this === im', this === im);
    console.log('immediate this constructor', this.constructor.name);
  });
}, 1);
const iv = setInterval(function () {
  console.log('interval this === iv', this === iv);
  clearInterval(this);
}, 1);
process.nextTick(function () {
  console.log('tick this is undefined or global', this === undefined || this === globalThis);
});
