/**
 * A documentation site on another origin, for the embed's end-to-end test and as a working
 * example for docs authors (`npm run embed:demo`, then open http://127.0.0.1:4174/): its page
 * uses `<polyvox-assistant>` twice, from the app's built `dist/` copied (here: served) under
 * `/polyvox/`, and the iframe embed from the app's own origin (`npm start`, port 4173).
 * It sends a strict policy of its own, the one docs/embed.md tells a host it needs.
 *
 *   PORT (4174), APP_ORIGIN (http://127.0.0.1:4173), OTHER_ORIGIN: a second name for this
 *   server that counts as a third origin (the test's "other site"), http://localhost:PORT.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = Number(process.env.PORT ?? 4174);
const APP_ORIGIN = process.env.APP_ORIGIN ?? 'http://127.0.0.1:4173';
const OTHER_ORIGIN = process.env.OTHER_ORIGIN ?? `http://localhost:${PORT}`;
const here = resolve(fileURLToPath(new URL('.', import.meta.url)));
const dist = resolve(here, '../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.model': 'application/octet-stream',
  '.data': 'application/octet-stream',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The docs site's own policy: what a host of the element and the iframe needs, nothing more. */
export const DOCS_CSP = [
  "default-src 'self'",
  // onnxruntime compiles WebAssembly in the element's worker.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  // The iframe embed; the other origin only frames the test's "other site" page.
  `frame-src ${APP_ORIGIN} ${OTHER_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** The file a path names: `/polyvox/…` in dist/, anything else in this folder; null outside them. */
function fileFor(pathname: string): string | null {
  const [root, rel] = pathname.startsWith('/polyvox/') ? [dist, pathname.slice('/polyvox/'.length)] : [here, pathname.slice(1) || 'index.html'];
  const file = normalize(join(root, decodeURIComponent(rel)));
  if (!file.startsWith(root + sep) || file.endsWith('.ts')) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  const file = fileFor(url.pathname);
  res.setHeader('Content-Security-Policy', DOCS_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`docs site on http://127.0.0.1:${PORT}/ (the app is expected on ${APP_ORIGIN})`);
});
