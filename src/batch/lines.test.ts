/** Reading a picked file's lines: gzip by magic bytes, CRLF, a corrupt stream with its line. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blobLines, FileReadError, isGzip, splitLines } from './lines.ts';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const l of lines) out.push(l);
  return out;
}

async function* chunks(...parts: string[]) {
  yield* parts;
}

describe('isGzip', () => {
  it('reads the magic number, not the name', () => {
    expect(isGzip(new Uint8Array(gzipSync('x')))).toBe(true);
    expect(isGzip(new TextEncoder().encode('{"id":1}'))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
  });
});

describe('splitLines', () => {
  it('joins lines cut across chunks and drops CR before LF', async () => {
    expect(await collect(splitLines(chunks('a\r\nb', 'c\n', '\nd')))).toEqual(['a', 'bc', '', 'd']);
    expect(await collect(splitLines(chunks('x\n')))).toEqual(['x']);
    expect(await collect(splitLines(chunks('')))).toEqual([]);
  });
});

describe('blobLines', () => {
  const text = 'première\nzweite 行\n';
  it('reads plain and gzipped text as UTF-8', async () => {
    expect(await collect(blobLines(new Blob([text])))).toEqual(['première', 'zweite 行']);
    expect(await collect(blobLines(new Blob([gzipSync(text)])))).toEqual(['première', 'zweite 行']);
  });

  it('keeps the lines before a corrupt gzip stream and names the line it broke on', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}`).join('\n');
    const gz = gzipSync(body);
    const cut = new Blob([gz.subarray(0, Math.floor(gz.length / 2))]);
    const got: string[] = [];
    let error: unknown;
    try {
      for await (const l of blobLines(cut)) got.push(l);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).kind).toBe('gzip');
    expect((error as FileReadError).line).toBe(got.length + 1);
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]).toBe('line 0 ');
  });
});
