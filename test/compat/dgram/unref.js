// An unref'd bound socket does not keep the process alive; ref() again would.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  console.log('bound');
  s.unref();
  setTimeout(() => console.log('timer done; exiting with socket open'), 10);
});
process.on('exit', () => console.log('exit'));
