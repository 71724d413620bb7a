/**
 * `vite preview` / `npm start`: sends each response the headers of `headersFor` (one source
 * with docs/deploy.md), which depend on the path — the iframe embed's page may be framed by
 * the allowed origins, every other page only by the app. The allow-list is the deployer's
 * `embed-origins.json` in the served folder, read on each request (edit it, no rebuild), or
 * the `POLYVOX_EMBED_ORIGINS` variable when set (then the file is served with its value:
 * how the end-to-end tests and a local demo allow their docs origin).
 */
import { readFileSync } from 'node:fs';
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
