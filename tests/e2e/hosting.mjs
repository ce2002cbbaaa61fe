// Real web servers from Debian's packages — nginx, Apache and Caddy — started on 127.0.0.1 with
// the configurations an association gets in the package (scripts/package.mjs, docs/hosting/),
// edited as its webmaster would: the address to listen on, the folder and the sites allowed to
// frame the app. Each runs in the foreground as a child of the test, with every file it writes
// in a folder of its own.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_SITE } from '../../scripts/package.mjs';
import { freePort } from './support.mjs';

/** One answer, read whole and never decompressed: `{ status, headers, body }`. */
export function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

async function answering(url, child, log) {
  const end = Date.now() + 15000;
  let exited = null;
  child.once('exit', (code) => { exited = code; });
  while (Date.now() < end) {
    if (exited !== null) break;
    try { await get(url); return; } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  const said = existsSync(log) ? await readFile(log, 'utf8') : '';
  throw new Error(`the server did not answer on ${url}${exited !== null ? ` (it exited with ${exited})` : ''}:\n${said.slice(-2000)}`);
}

function started(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  child.output = () => output;
  return child;
}

/** Stops a server and waits for it. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  await Promise.race([gone, new Promise((ok) => setTimeout(ok, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

const asRoot = process.getuid?.() === 0;

/** The shipped configuration with the webmaster's edits. */
function edited(text, edits) {
  let result = text;
  for (const [from, to] of edits) {
    if (!result.includes(from)) throw new Error(`the configuration no longer holds “${from}”, which its README tells the webmaster to edit`);
    result = result.replaceAll(from, to);
  }
  return result;
}

/** nginx with hosting/nginx.conf as its one server, serving `app`. */
export async function startNginx(unpacked, app, framers, work) {
  await mkdir(work, { recursive: true });
  const port = await freePort();
  // Debian packages ngx_brotli's static module; where it is missing, the configuration's
  // comment says to delete its line, and browsers get gzip.
  const enabled = '/etc/nginx/modules-enabled';
  const brotli = existsSync(enabled) && readdirSync(enabled).some((name) => name.includes('brotli-static'));
  const site = edited(await readFile(join(unpacked, 'hosting/nginx.conf'), 'utf8'), [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /var/www/competence-matrix;', `root ${app};`],
    [EXAMPLE_SITE, framers],
    ...(brotli ? [] : [['brotli_static on;', '']]),
  ]);
  await writeFile(join(work, 'site.conf'), site);
  // The site's `include mime.types` is read beside the main configuration, as in /etc/nginx.
  await copyFile('/etc/nginx/mime.types', join(work, 'mime.types'));
  // Debian's packaged modules (the brotli one among them) as /etc/nginx/nginx.conf loads them.
  const modules = existsSync(enabled) ? `include ${enabled}/*.conf;` : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${join(work, kind)};`).join('\n  ');
  await writeFile(join(work, 'nginx.conf'), `${modules}
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')};
daemon off;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
  ${temp}
  include ${join(work, 'site.conf')};
}
`);
  const log = join(work, 'error.log');
  const child = started('nginx', ['-c', join(work, 'nginx.conf'), '-e', log]);
  const url = `http://127.0.0.1:${port}/`;
  await answering(url, child, log);
  return { name: 'nginx', url, brotli, close: () => stop(child) };
}

/** Apache with the app's .htaccess (allowed to override what it sets), serving `app`. */
export async function startApache(app, framers, work) {
  await mkdir(work, { recursive: true });
  const port = await freePort();
  const htaccess = join(app, '.htaccess');
  await writeFile(htaccess, edited(await readFile(htaccess, 'utf8'), [[EXAMPLE_SITE, framers]]));
  const modules = '/usr/lib/apache2/modules';
  const load = ['mpm_event', 'authz_core', 'dir', 'mime', 'rewrite', 'headers']
    .map((name) => `LoadModule ${name}_module ${modules}/mod_${name}.so`).join('\n');
  const log = join(work, 'error.log');
  await writeFile(join(work, 'apache.conf'), `ServerRoot ${work}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${join(work, 'apache.pid')}
ErrorLog ${log}
${load}
${asRoot ? 'User nobody\nGroup nogroup' : ''}
TypesConfig /etc/mime.types
DocumentRoot ${app}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${app}>
  AllowOverride FileInfo Indexes
  Require all granted
</Directory>
`);
  const child = started('apache2', ['-f', join(work, 'apache.conf'), '-DFOREGROUND']);
  const url = `http://127.0.0.1:${port}/`;
  await answering(url, child, log);
  return { name: 'Apache', url, brotli: true, close: () => stop(child) };
}

/** Caddy with hosting/Caddyfile as its one site, serving `app`. */
export async function startCaddy(unpacked, app, framers, work) {
  await mkdir(work, { recursive: true });
  const port = await freePort();
  const site = edited(await readFile(join(unpacked, 'hosting/Caddyfile'), 'utf8'), [
    ['matrix.your-association.example {', `http://127.0.0.1:${port} {`],
    ['root * /var/www/competence-matrix', `root * ${app}`],
    [EXAMPLE_SITE, framers],
  ]);
  // No admin endpoint: it would take port 2019, which another Caddy may hold.
  await writeFile(join(work, 'Caddyfile'), `{\n\tadmin off\n}\n${site}`);
  const log = join(work, 'caddy.log');
  const child = started('caddy', ['run', '--config', join(work, 'Caddyfile'), '--adapter', 'caddyfile'],
    { env: { ...process.env, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work, HOME: work } });
  child.on('exit', () => writeFile(log, child.output()).catch(() => {}));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await answering(url, child, log);
  } catch (error) {
    error.message += `\n${child.output().slice(-2000)}`;
    throw error;
  }
  return { name: 'Caddy', url, brotli: true, close: () => stop(child) };
}
