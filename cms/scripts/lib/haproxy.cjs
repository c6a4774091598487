// A real HAProxy in front of several CMS instances, set up as the README's
// production example ("Several instances behind a load balancer"): used by the
// multi-instance test and by `npm run bench` (CommonJS, so both can load it).
const { spawn } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const HAPROXY = '/usr/sbin/haproxy';

/** HAProxy's configuration: round robin over `servers` ({ name, port }), checks on /_ready, retries elsewhere. */
function haproxyConfig(port, servers) {
  return [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout 503',
    'frontend bots',
    `  bind 127.0.0.1:${port}`,
    '  default_backend cms',
    'backend cms',
    '  balance roundrobin',
    '  option httpchk GET /_ready',
    '  http-check expect status 204',
    // A busy instance may answer a check slowly: only a refused connection or a 503 takes it out at once.
    '  timeout check 2s',
    '  default-server inter 200ms fall 1 rise 2',
    ...servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check`),
    '',
  ].join('\n');
}

/** Starts HAProxy on 127.0.0.1:`port` (config file in `dir`); resolves { url, stop }. */
function startHaproxy({ dir, port, servers }) {
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, haproxyConfig(port, servers));
  const child = spawn(HAPROXY, ['-f', file, '-db'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  return { url: `http://127.0.0.1:${port}`, stop };
}

module.exports = { HAPROXY, haproxyConfig, startHaproxy };
