/**
 * The lines of a picked or dropped file, plain or gzipped, read as a stream so a file of all
 * 52 locales never sits in memory as one string. Gzip is recognised by its magic bytes, not by
 * the name (a `.jsonl` that is really gzipped still reads); the browser's DecompressionStream
 * inflates it. A corrupt or cut gzip stream becomes a FileReadError naming the line it broke on.
 */

/** Why a file stopped being readable part-way. */
export type ReadFailure = 'gzip' | 'read';

/** The file could not be read past `line` (1-based: the line that was being read). */
export class FileReadError extends Error {
  constructor(
    readonly kind: ReadFailure,
    readonly line: number,
    detail: string,
  ) {
    super(detail);
    this.name = 'FileReadError';
  }
}

/** True when `head` starts with gzip's magic number (1f 8b). */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Splits text chunks into lines (`\n` or `\r\n`); the last line needs no newline. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    rest += chunk;
    // NOTE: scan with an offset and cut `rest` once per chunk; cutting per line copies the
    // chunk's tail once per line (quadratic in the lines per chunk).
    let start = 0;
    let nl = rest.indexOf('\n', start);
    while (nl >= 0) {
      yield rest.slice(start, nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      start = nl + 1;
      nl = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

async function* readText(stream: ReadableStream<string>): AsyncGenerator<string> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Yields the lines of `blob` as UTF-8 text, gunzipping it first when it is gzip. A stream that
 * fails (corrupt gzip, a file changed on disk) throws a FileReadError after the lines read so far.
 */
export async function* blobLines(blob: Blob): AsyncGenerator<string> {
  const gzip = isGzip(new Uint8Array(await blob.slice(0, 2).arrayBuffer()));
  const bytes = gzip ? blob.stream().pipeThrough(new DecompressionStream('gzip')) : blob.stream();
  const text = bytes.pipeThrough(new TextDecoderStream());
  let lineNo = 0;
  try {
    for await (const line of splitLines(readText(text))) {
      lineNo += 1;
      yield line;
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new FileReadError(gzip ? 'gzip' : 'read', lineNo + 1, detail);
  }
}
