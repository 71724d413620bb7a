/**
 * The iframe embed's allow-list of host origins. An entry is an exact origin (scheme, host and
 * port, as `URL.origin` writes it): no wildcard, no path, never `null` (the origin of sandboxed
 * and `data:` documents, which any page can create). A message is accepted only from an origin
 * equal to an entry, and replies go to that origin by name, never to `'*'`.
 */

/** Why an allow-list entry was refused. */
export interface RejectedOrigin {
  entry: string;
  reason: string;
}

/** The usable entries of an allow-list, and the refused ones with the reason (shown to the deployer). */
export interface OriginList {
  origins: string[];
  rejected: RejectedOrigin[];
}

/** Normalizes one entry to its origin, or says why it is not one. */
export function originOf(entry: string): { origin: string } | { reason: string } {
  const text = entry.trim();
  if (text === '*' || text.includes('*')) return { reason: 'wildcards are not allowed; list each origin' };
  if (text === 'null') return { reason: '"null" is the origin of sandboxed and data: pages, which anyone can create' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { reason: 'not a URL (write the scheme, host and port, as in http://localhost:8080)' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: `the scheme ${url.protocol} cannot embed a page` };
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    return { reason: 'an origin has no path, query or credentials (write only scheme, host and port)' };
  }
  return { origin: url.origin };
}

/** Reads an allow-list from the parsed `embed-origins.json` (`{ "origins": [...] }`) or a plain array. */
export function parseOriginList(value: unknown): OriginList {
  const entries = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { origins?: unknown }).origins)
      ? (value as { origins: unknown[] }).origins
      : null;
  if (!entries) return { origins: [], rejected: [{ entry: String(JSON.stringify(value)).slice(0, 80), reason: 'expected {"origins": ["https://…"]}' }] };
  const origins: string[] = [];
  const rejected: RejectedOrigin[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      rejected.push({ entry: String(JSON.stringify(entry)).slice(0, 80), reason: 'not a string' });
      continue;
    }
    const parsed = originOf(entry);
    if ('origin' in parsed) {
      if (!origins.includes(parsed.origin)) origins.push(parsed.origin);
    } else rejected.push({ entry, reason: parsed.reason });
  }
  return { origins, rejected };
}

/** Reads a comma- or space-separated list (the `POLYVOX_EMBED_ORIGINS` variable). */
export function parseOriginText(text: string | undefined): OriginList {
  return parseOriginList((text ?? '').split(/[\s,]+/).filter(Boolean));
}

/** True when `origin` (a `MessageEvent.origin`) is exactly one of `allowed`. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return origin !== 'null' && allowed.includes(origin);
}
