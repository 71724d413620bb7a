/**
 * The response headers the app is served with — one source for `vite.config.ts` (dev and
 * preview), the snippets in docs/deploy.md (nginx, Apache, `_headers`) and the tests that pin
 * both. Why each directive is what it is:
 * - `script-src 'self' 'wasm-unsafe-eval'`: onnxruntime-web (the NLU and batch workers) and
 *   eSpeak NG compile WebAssembly; nothing evaluates JavaScript from strings.
 * - `worker-src 'self'`: every worker is a same-origin file — the NLU, eSpeak and batch
 *   workers, onnxruntime's thread workers (`new Worker(import.meta.url)` of its own `.mjs`,
 *   served by the app) and the service worker; no `blob:` worker exists.
 * - No `data:` or `blob:` source anywhere: the build inlines no asset as a `data:` URL
 *   (`build.assetsInlineLimit: 0` in vite.config.ts), and the `blob:` URLs the tester's
 *   downloads make are followed by an `<a download>`, which a policy does not govern. Images,
 *   fonts, media and the manifest fall back to `default-src 'self'`.
 * - `style-src 'self'`: the CSS is bundled into files; React's `style={{…}}` sets CSSOM
 *   properties, which a policy does not govern.
 * - `frame-ancestors 'self'`: only the app frames its pages, except `embed.html`, the iframe
 *   embed, which the origins on the deployer's allow-list may frame too (`headersFor`).
 */

/** Directive → sources, in the order they are sent. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'self'"],
};

const serialize = (directives: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The Content-Security-Policy header value. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES);

/**
 * `npm run dev` only: Vite's dev server injects an inline script (React Refresh's preamble)
 * and adds CSS as `<style>` elements, so dev allows inline scripts and styles. A build has
 * neither, and preview / `npm start` send the strict policy.
 */
export const DEV_CONTENT_SECURITY_POLICY = serialize({
  ...CSP_DIRECTIVES,
  'script-src': [...(CSP_DIRECTIVES['script-src'] ?? []), "'unsafe-inline'"],
  'style-src': [...(CSP_DIRECTIVES['style-src'] ?? []), "'unsafe-inline'"],
});

/** Cross-origin isolation: `crossOriginIsolated` lets onnxruntime run multi-threaded WASM. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Every header the app's responses carry. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...ISOLATION_HEADERS,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The same for `npm run dev`. */
export const DEV_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': DEV_CONTENT_SECURITY_POLICY,
};

const entries = () => Object.entries(SECURITY_HEADERS);

/** The headers as nginx `add_header` lines (`always`: error pages carry them too). */
export function nginxSnippet(): string {
  return entries()
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}

/** The headers for Apache's mod_headers. */
export function apacheSnippet(): string {
  return entries()
    .map(([name, value]) => `Header always set ${name} "${value}"`)
    .join('\n');
}

/** A Netlify / Cloudflare Pages `_headers` file (every path). */
export function headersFileSnippet(): string {
  return ['/*', ...entries().map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** The page the iframe embed loads (docs/embed.md). */
export const EMBED_PAGE = '/embed.html';

/**
 * The headers for a response to `path`: the app's own everywhere, and for the iframe embed's
 * page a policy whose `frame-ancestors` adds the allowed host origins (exact origins, already
 * checked by `parseOriginList`), plus `Cross-Origin-Resource-Policy: cross-origin` so that a
 * cross-origin-isolated docs page may embed it too.
 */
export function headersFor(path: string, embedOrigins: readonly string[]): Record<string, string> {
  if (path !== EMBED_PAGE) return { ...SECURITY_HEADERS };
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': serialize({ ...CSP_DIRECTIVES, 'frame-ancestors': ["'self'", ...embedOrigins] }),
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
}
