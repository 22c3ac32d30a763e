// Serves the built portal (dist/portal) as static files, the way `npm start` and the browser tests run
// it: no dependency beyond Node. runtime-config.js is answered from PORTAL_API_BASE_URL, so one build
// talks to any gateway; paths without a file are the single-page app's routes (index.html).
//   PORTAL_PORT (8080), PORTAL_HOST (127.0.0.1), PORTAL_DIST (dist/portal), PORTAL_API_BASE_URL
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const dist = resolve(root, process.env.PORTAL_DIST || 'dist/portal');
const port = Number(process.env.PORTAL_PORT || 8080);
const host = process.env.PORTAL_HOST || '127.0.0.1';
const apiBaseUrl = (process.env.PORTAL_API_BASE_URL || 'http://127.0.0.1:3000').replace(/\/+$/, '');
const apiOrigin = new URL(apiBaseUrl).origin;
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS || 25_000);
let stopping = false;

if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write(`no built portal in ${dist}: run \`npx nx run portal:build\` first\n`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  // Element Plus positions popovers with style attributes, hence 'unsafe-inline' for styles only.
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${apiOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
};

/**
 * Files read once and kept, gzipped when worth it: assets are named by their content's hash, so a name
 * never changes its bytes. index.html is read each time, so that a rebuild under a running server is
 * served at once (its new assets are new names).
 */
const cache = new Map();
function file(path) {
  let entry = path.endsWith('index.html') ? undefined : cache.get(path);
  if (!entry) {
    const body = readFileSync(path);
    const ext = extname(path);
    entry = { body, gzip: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : undefined, ext };
    if (!path.endsWith('index.html')) cache.set(path, entry);
  }
  return entry;
}

function send(request, response, status, entry, cacheControl) {
  const headers = {
    ...HEADERS,
    'content-type': TYPES[entry.ext] || 'application/octet-stream',
    'cache-control': cacheControl,
  };
  const gzip = entry.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] || '');
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['vary'] = 'accept-encoding';
  const body = gzip ? entry.gzip : entry.body;
  headers['content-length'] = String(body.length);
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

const runtimeConfig = {
  body: Buffer.from(`window.VETLINK_API_BASE_URL = ${JSON.stringify(apiBaseUrl)};\n`),
  ext: '.js',
};

const server = createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url || '/', 'http://portal').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (pathname === '/runtime-config.js') return send(request, response, 200, runtimeConfig, 'no-cache');
  // the probes of a container platform: alive while the process runs, ready until a stop begins
  if (pathname === '/health/live') return health(response, 200, 'up');
  if (pathname === '/health/ready')
    return stopping ? health(response, 503, 'stopping') : health(response, 200, 'up');
  // dot-folders (the build's .vite/manifest.json) are the build's notes, not the site
  if (pathname.split('/').some((segment) => segment.startsWith('.'))) {
    response.writeHead(404, HEADERS).end();
    return;
  }
  const candidate = normalize(join(dist, pathname));
  if (candidate !== dist && !candidate.startsWith(dist + sep)) {
    response.writeHead(404).end();
    return;
  }
  if (existsSync(candidate) && statSync(candidate).isFile()) {
    // Vite names assets by their content's hash: they never change under one name.
    const immutable = pathname.startsWith('/assets/');
    return send(
      request,
      response,
      200,
      file(candidate),
      immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  }
  if (extname(pathname)) {
    response.writeHead(404, HEADERS).end();
    return;
  }
  return send(request, response, 200, file(join(dist, 'index.html')), 'no-cache');
});

function health(response, status, state) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify({ status: state }));
}

server.listen(port, host, () => {
  process.stdout.write(`portal: http://${host}:${port} (API ${apiBaseUrl})\n`);
});

/** A stop answers the requests under way, then exits; one that overruns SHUTDOWN_TIMEOUT_MS exits 1. */
function stop() {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), shutdownTimeoutMs).unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, stop);
