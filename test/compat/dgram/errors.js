// Argument validation and state errors of dgram sockets.
const dgram = require('dgram');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r === undefined ? 'undefined' : typeof r); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('bad type', () => dgram.createSocket('udp5'));
t('no type', () => dgram.createSocket());
t('obj bad type', () => dgram.createSocket({ type: 'tcp' }));
t('lookup', () => dgram.createSocket({ type: 'udp4', lookup: 1 }));
t('recvBufferSize', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
t('signal', () => dgram.createSocket({ type: 'udp4', signal: 1 }));
const s = dgram.createSocket('udp4');
t('send port big', () => s.send('x', 70000, '127.0.0.1'));
t('send port str', () => s.send('x', 'abc', '127.0.0.1'));
t('send port 0', () => s.send('x', 0, '127.0.0.1'));
t('send no port', () => s.send('x'));
t('send num', () => s.send(1, 1000, '127.0.0.1'));
t('send obj', () => s.send({}, 1000, '127.0.0.1'));
t('send list', () => s.send([1], 1000, '127.0.0.1'));
t('send addr', () => s.send('x', 1000, 5));
t('offset', () => s.send(Buffer.alloc(2), 5, 1, 1000, '127.0.0.1'));
t('length', () => s.send(Buffer.alloc(2), 1, 5, 1000, '127.0.0.1'));
t('ttl type', () => s.setTTL('a'));
t('ttl unbound', () => s.setTTL(5));
t('mttl type', () => s.setMulticastTTL('a'));
t('broadcast unbound', () => s.setBroadcast(true));
t('address unbound', () => s.address());
t('remote', () => s.remoteAddress());
t('membership missing', () => s.addMembership());
t('iface type', () => s.setMulticastInterface(1));
t('ssm type', () => s.addSourceSpecificMembership(1, '224.0.0.1'));
t('ssm type2', () => s.addSourceSpecificMembership('10.0.0.1', 2));
t('recv size', () => s.getRecvBufferSize());
t('send size', () => s.getSendBufferSize());
t('set recv bad', () => s.setRecvBufferSize(-1));
t('set send bad', () => s.setSendBufferSize(1.5));
t('queue size', () => s.getSendQueueSize());
t('queue count', () => s.getSendQueueCount());
t('ref', () => s.ref() === s);
t('unref', () => s.unref() === s);
s.close();
t('close twice', () => s.close());
t('address closed', () => s.address());
t('bind closed', () => s.bind(0));
t('send closed', () => s.send('x', 1000, '127.0.0.1'));
t('membership closed', () => s.addMembership('224.0.0.1'));
