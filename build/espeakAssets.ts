/**
 * Serves eSpeak NG's files (the offline voice) from the installed npm package at `/espeak/`
 * in dev, and emits them unchanged into the build — so the app serves them itself, the
 * repository holds no 24 MB copy, and what ships is exactly the package's bytes (its
 * GPL licence text, COPYING, included).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Where npm installs the engine. */
export const ESPEAK_PACKAGE_DIR = fileURLToPath(new URL('../node_modules/@echogarden/espeak-ng-emscripten/', import.meta.url));

/** The files the browser loads, with their content types. */
export const ESPEAK_FILES: Readonly<Record<string, string>> = {
  'espeak-ng.js': 'text/javascript',
  'espeak-ng.data': 'application/octet-stream',
  COPYING: 'text/plain; charset=utf-8',
};

/** The Vite plugin. */
export function espeakAssets(): Plugin {
  return {
    name: 'polyvox-espeak-assets',
    configureServer(server) {
      server.middlewares.use('/espeak/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        const type = ESPEAK_FILES[name];
        if (!type) return next();
        res.setHeader('Content-Type', type);
        createReadStream(join(ESPEAK_PACKAGE_DIR, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of Object.keys(ESPEAK_FILES)) {
        this.emitFile({ type: 'asset', fileName: `espeak/${name}`, source: readFileSync(join(ESPEAK_PACKAGE_DIR, name)) });
      }
    },
  };
}
