/**
 * The headers are one list: vite.config.ts serves exactly it (dev with inline allowed, see
 * DEV_CONTENT_SECURITY_POLICY), and docs/deploy.md shows exactly it for other hosts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connect, PreviewServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../vite.config.ts';
import { serveHeaders } from './serveHeaders.ts';
import {
  apacheSnippet,
  CONTENT_SECURITY_POLICY,
  DEV_SECURITY_HEADERS,
  headersFileSnippet,
  headersFor,
  nginxSnippet,
  SECURITY_HEADERS,
} from './securityHeaders.ts';

/** Runs the preview plugin's middleware on one request; returns the headers set and the body it sent itself (null when it passed the request on). */
function preview(outDir: string, path: string): { headers: Record<string, string>; body: string | null } {
  let middleware: Connect.NextHandleFunction | null = null;
  const server = {
    config: { build: { outDir }, logger: { warn: () => {} } },
    middlewares: { use: (fn: Connect.NextHandleFunction) => (middleware = fn) },
  } as unknown as PreviewServer;
  const hook = serveHeaders().configurePreviewServer;
  if (typeof hook !== 'function') throw new Error('serveHeaders has no configurePreviewServer hook');
  void hook.call({} as never, server);
  const headers: Record<string, string> = {};
  let body: string | null = null;
  const res = { setHeader: (k: string, v: string) => (headers[k] = v), end: (b: string) => (body = b), writeHead: () => res };
  (middleware as unknown as Connect.NextHandleFunction)({ url: path, headers: {} } as never, res as never, () => {});
  return { headers, body };
}

describe('model files in preview', () => {
  it('go out as application/octet-stream, uncompressed, whatever the static server says', () => {
    let middleware: Connect.NextHandleFunction | null = null;
    const server = {
      config: { build: { outDir: tmpdir() }, logger: { warn: () => {} } },
      middlewares: { use: (fn: Connect.NextHandleFunction) => (middleware = fn) },
    } as unknown as PreviewServer;
    void (serveHeaders().configurePreviewServer as (s: PreviewServer) => void).call({} as never, server);
    const run = (url: string) => {
      const req = { url, headers: { 'accept-encoding': 'gzip, deflate, br' } as Record<string, string> };
      const headers: Record<string, string> = {};
      const written: unknown[][] = [];
      const res = { setHeader: (k: string, v: string) => (headers[k] = v), writeHead: (...args: unknown[]) => (written.push(args), res) };
      (middleware as unknown as Connect.NextHandleFunction)(req as never, res as never, () => {});
      // What the static server does next: it knows no type for `.onnx` and sends an empty one.
      res.writeHead(200, { 'Content-Type': '', 'Content-Length': '5683613' });
      return { req, headers, written };
    };
    const model = run('/models/polyvox-nlu-v11/model.int8.onnx');
    expect(model.req.headers['accept-encoding']).toBeUndefined();
    expect(model.headers['Content-Type']).toBe('application/octet-stream');
    expect(model.written).toEqual([[200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '5683613' }]]);
    // Other files keep their type and may be compressed.
    const json = run('/models/polyvox-nlu-v11/tokenizer.json');
    expect(json.req.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(json.written).toEqual([[200, { 'Content-Type': '', 'Content-Length': '5683613' }]]);
  });
});

const deployDoc = readFileSync(new URL('../docs/deploy.md', import.meta.url), 'utf8');

describe('security headers', () => {
  it('is the strict policy the app runs under', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; style-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|blob:|\*/);
  });

  it('is what preview (npm start) and dev send, with the isolation headers kept', () => {
    expect(config.server?.headers).toEqual(DEV_SECURITY_HEADERS);
    // Left unset, preview would send the dev server's headers after the plugin's.
    expect(config.preview?.headers).toEqual({});
    const dir = mkdtempSync(join(tmpdir(), 'polyvox-headers-'));
    try {
      for (const path of ['/', '/index.html', '/models/polyvox-nlu-v11/model.int8.onnx', '/embed.html/x']) {
        expect(preview(dir, path).headers).toEqual(SECURITY_HEADERS);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
    expect(SECURITY_HEADERS).toMatchObject({
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    // Dev differs only by allowing Vite's inline script and styles.
    expect(DEV_SECURITY_HEADERS['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-inline'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    );
  });

  it('is documented for other hosts exactly as served', () => {
    expect(deployDoc).toContain(CONTENT_SECURITY_POLICY);
    for (const snippet of [nginxSnippet(), apacheSnippet(), headersFileSnippet()]) {
      const lines = snippet.split('\n').map((line) => line.trim());
      const docLines = new Set(deployDoc.split('\n').map((line) => line.trim()));
      expect(lines.filter((line) => !docLines.has(line))).toEqual([]);
    }
  });
});

describe('the iframe embed\'s headers', () => {
  const saved = process.env.POLYVOX_EMBED_ORIGINS;
  afterEach(() => {
    if (saved === undefined) delete process.env.POLYVOX_EMBED_ORIGINS;
    else process.env.POLYVOX_EMBED_ORIGINS = saved;
  });

  it('are documented for other hosts as served (docs/embed.md)', () => {
    const embedDoc = readFileSync(new URL('../docs/embed.md', import.meta.url), 'utf8');
    const embed = headersFor('/embed.html', ['https://docs.example.org']);
    for (const [name, value] of Object.entries(embed)) expect(embedDoc).toContain(`add_header ${name} "${value}" always;`);
  });

  it('let the allowed origins frame embed.html, and only it', () => {
    const embed = headersFor('/embed.html', ['https://docs.example.com']);
    expect(embed['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", "frame-ancestors 'self' https://docs.example.com"));
    expect(embed['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(headersFor('/', ['https://docs.example.com'])).toEqual(SECURITY_HEADERS);
  });

  it('read the deployer\'s embed-origins.json on each request, dropping entries that are not origins', () => {
    delete process.env.POLYVOX_EMBED_ORIGINS;
    const dir = mkdtempSync(join(tmpdir(), 'polyvox-headers-'));
    try {
      expect(preview(dir, '/embed.html').headers['Content-Security-Policy']).toContain("frame-ancestors 'self'");
      expect(preview(dir, '/embed.html').headers['Content-Security-Policy']).not.toContain('https://');
      writeFileSync(join(dir, 'embed-origins.json'), JSON.stringify({ origins: ['https://docs.example.com', '*', 'https://x.example/path'] }));
      const csp = preview(dir, '/embed.html?locale=de-DE').headers['Content-Security-Policy'] ?? '';
      expect(csp.split('; ').find((d) => d.startsWith('frame-ancestors'))).toBe("frame-ancestors 'self' https://docs.example.com");
      expect(preview(dir, '/embed-origins.json').body).toBeNull(); // the file itself is served as it is
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('follow POLYVOX_EMBED_ORIGINS when it is set, and serve the allow-list file with its value', () => {
    process.env.POLYVOX_EMBED_ORIGINS = 'http://127.0.0.1:4174, https://docs.example.com';
    const dir = mkdtempSync(join(tmpdir(), 'polyvox-headers-'));
    try {
      const { headers, body } = preview(dir, '/embed-origins.json');
      expect(JSON.parse(body ?? 'null')).toEqual({ origins: ['http://127.0.0.1:4174', 'https://docs.example.com'] });
      expect(headers['Content-Type']).toBe('application/json');
      expect(preview(dir, '/embed.html').headers['Content-Security-Policy']).toContain("frame-ancestors 'self' http://127.0.0.1:4174 https://docs.example.com");
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
