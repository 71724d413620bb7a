import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, originOf, parseOriginList, parseOriginText } from './origins.ts';

describe('embed allow-list', () => {
  it('keeps exact origins, normalized as URL.origin writes them', () => {
    expect(parseOriginList({ origins: ['https://docs.example.com', 'http://127.0.0.1:4174/', 'HTTPS://Docs.Example.com:443'] })).toEqual({
      origins: ['https://docs.example.com', 'http://127.0.0.1:4174'],
      rejected: [],
    });
  });

  it('refuses wildcards, null, paths, credentials and other schemes, saying why', () => {
    const withCredentials = new URL('https://example.com/');
    withCredentials.username = 'u';
    withCredentials.password = 'p';
    const entries = ['*', 'https://*.example.com', 'null', 'https://docs.example.com/guide', withCredentials.href, 'file:///tmp', 'docs.example.com', 7];
    const { origins, rejected } = parseOriginList({ origins: entries });
    expect(origins).toEqual([]);
    expect(rejected.map((r) => r.entry)).toEqual(entries.map(String));
    expect(rejected[0]?.reason).toMatch(/wildcard/);
    expect(rejected[3]?.reason).toMatch(/no path/);
    expect(rejected[5]?.reason).toMatch(/file:/);
  });

  it('reads a plain array and the environment variable form; a wrong shape allows nothing', () => {
    expect(parseOriginList(['https://a.example.com']).origins).toEqual(['https://a.example.com']);
    expect(parseOriginText('https://a.example.com, http://localhost:8080  https://b.example.org').origins).toEqual([
      'https://a.example.com',
      'http://localhost:8080',
      'https://b.example.org',
    ]);
    expect(parseOriginText(undefined).origins).toEqual([]);
    const wrong = parseOriginList({ allow: ['https://a.example.com'] });
    expect(wrong.origins).toEqual([]);
    expect(wrong.rejected[0]?.reason).toMatch(/expected/);
  });

  it('matches a message origin exactly: no prefix, port or scheme tolerance, never "null"', () => {
    const allowed = parseOriginList(['https://docs.example.com']).origins;
    expect(isAllowedOrigin('https://docs.example.com', allowed)).toBe(true);
    expect(isAllowedOrigin('https://docs.example.com.evil.test', allowed)).toBe(false);
    expect(isAllowedOrigin('http://docs.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('https://docs.example.com:8443', allowed)).toBe(false);
    expect(isAllowedOrigin('null', ['null'])).toBe(false);
    expect(originOf('https://docs.example.com:443')).toEqual({ origin: 'https://docs.example.com' });
  });
});
