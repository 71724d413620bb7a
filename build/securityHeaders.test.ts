/**
 * The headers are one list: vite.config.ts serves exactly it (dev with inline allowed, see
 * DEV_CONTENT_SECURITY_POLICY), and docs/deploy.md shows exactly it for other hosts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../vite.config.ts';
import {
  apacheSnippet,
  CONTENT_SECURITY_POLICY,
  DEV_SECURITY_HEADERS,
  headersFileSnippet,
  nginxSnippet,
  SECURITY_HEADERS,
} from './securityHeaders.ts';

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
    expect(config.preview?.headers).toEqual(SECURITY_HEADERS);
    expect(config.server?.headers).toEqual(DEV_SECURITY_HEADERS);
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
