/**
 * Static rules over the app's source: user text is never rendered as HTML, and nothing in
 * src/ points at another host (the app must work offline once served).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('source rules', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('never renders HTML from strings', () => {
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('names no other host', () => {
    const hosts = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/https?:\/\/([\w.-]+)/g)]
        .map((m) => m[1] ?? '')
        .filter((h) => !/^(localhost|127\.0\.0\.1|www\.w3\.org)$/.test(h))
        .map((h) => `${f}: ${h}`),
    );
    expect(hosts).toEqual([]);
  });
});
