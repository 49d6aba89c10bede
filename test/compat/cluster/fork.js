// cluster.fork runs this script again as a worker with NODE_UNIQUE_ID; exit events reach the primary.
const cluster = require('cluster');
if (cluster.isPrimary) {
  cluster.on('fork', (w) => console.log('fork event', w.id));
  cluster.on('exit', (w, code, signal) => {
    console.log('exit event', w.id, code, signal, w.exitedAfterDisconnect, Object.keys(cluster.workers).length);
  });
  const w = cluster.fork({ EXTRA: 'yes' });
  console.log('forked', w.id, typeof w.process.pid, Object.keys(cluster.workers).join());
  w.on('exit', (code) => console.log('worker exit', code));
} else {
  console.log('worker', cluster.isWorker, cluster.isPrimary, process.env.NODE_UNIQUE_ID, process.env.EXTRA);
  process.exit(3);
}
