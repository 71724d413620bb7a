/**
 * `vite preview` / `npm start`: sends each response the headers of `headersFor` (one source
 * with docs/deploy.md), which depend on the path — the iframe embed's page may be framed by
 * the allowed origins, every other page only by the app. The allow-list is the deployer's
 * `embed-origins.json` in the served folder, read on each request (edit it, no rebuild), or
 * the `POLYVOX_EMBED_ORIGINS` variable when set (then the file is served with its value:
 * how the end-to-end tests and a local demo allow their docs origin).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseOriginList, parseOriginText } from '../src/embed/origins.ts';
import { headersFor } from './securityHeaders.ts';

/** The allow-list file's name, in `public/` and so in the built folder. */
export const EMBED_ORIGINS_FILE = 'embed-origins.json';

function fileOrigins(dir: string): string[] {
  try {
    return parseOriginList(JSON.parse(readFileSync(join(dir, EMBED_ORIGINS_FILE), 'utf8'))).origins;
  } catch {
    return [];
  }
}

/** The type a model file is served with (docs/deploy.md). */
export const ONNX_CONTENT_TYPE = 'application/octet-stream';

/**
 * Sends an `.onnx` file as it is, with its type. The static server does not know the extension
 * and sends an empty Content-Type, which the preview's compression takes for text: it gzipped
 * the 5.7 MB of int8 weights on every request, 0.2 s of CPU on a 2-core machine to save 7% of
 * the bytes, while the page waited for the model. That compression runs after this middleware
 * and asks only the request's Accept-Encoding, so that header is dropped here. The static
 * server passes its headers to `writeHead`, which would overwrite a type set before, so the
 * type is put there.
 */
function sendAsBinary(req: IncomingMessage, res: ServerResponse): void {
  delete req.headers['accept-encoding'];
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const arg of args) {
      if (arg && typeof arg === 'object' && !Array.isArray(arg) && 'Content-Type' in arg) (arg as Record<string, unknown>)['Content-Type'] = ONNX_CONTENT_TYPE;
    }
    res.setHeader('Content-Type', ONNX_CONTENT_TYPE);
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

export function serveHeaders(): Plugin {
  return {
    name: 'polyvox-serve-headers',
    configurePreviewServer(server) {
      const dir = server.config.build.outDir;
      const fromEnv = process.env.POLYVOX_EMBED_ORIGINS;
      const envList = fromEnv === undefined ? null : parseOriginText(fromEnv);
      for (const r of envList?.rejected ?? []) server.config.logger.warn(`POLYVOX_EMBED_ORIGINS: ${r.entry} is ignored: ${r.reason}`);
      // Added directly (not returned): runs before the static files are served.
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const origins = envList ? envList.origins : fileOrigins(dir);
        for (const [name, value] of Object.entries(headersFor(path, origins))) res.setHeader(name, value);
        if (path.endsWith('.onnx')) sendAsBinary(req, res);
        if (envList && path === `/${EMBED_ORIGINS_FILE}`) {
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(`${JSON.stringify({ origins: envList.origins })}\n`);
          return;
        }
        next();
      });
    },
  };
}
