// node:cluster on the primary: shape, settings, setupPrimary, scheduling constants.
const cluster = require('cluster');
for (const k of Object.keys(cluster)) {
  const v = cluster[k];
  console.log(k, typeof v, typeof v === 'function' ? v.length : (v !== null && typeof v === 'object' ? JSON.stringify(v) : v));
}
console.log(cluster.setupMaster === cluster.setupPrimary);
console.log(Object.getOwnPropertyNames(cluster.Worker.prototype).join());
cluster.on('setup', (s) => console.log('setup event', s.exec === 'worker.js', s.args.join(), s.silent));
cluster.setupPrimary({ exec: 'worker.js', args: ['a', 'b'], silent: true });
console.log(Object.keys(cluster.settings).join(), cluster.settings.exec);
const w = new cluster.Worker({ id: 5, state: 'x' });
console.log(w.id, w.state, w.exitedAfterDisconnect);
