/**
 * Reads MASSIVE JSONL from disk (Node only): a single file, a directory of
 * `<locale>.jsonl[.gz]`, or the official `1.1/data/<locale>.jsonl` layout, plain or gzipped.
 * Streams line by line so all 52 locales never sit in memory as text.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type MassiveRecord, parseRecordLine } from '../../src/nlu/massive.ts';

/** Which records to yield; all given filters must match. */
export interface RecordFilter {
  locales?: readonly string[];
  /** Keep only these partitions. */
  partitions?: readonly string[];
  /** Drop these partitions (e.g. `['train']`). */
  excludePartitions?: readonly string[];
  charSplitLocales?: readonly string[];
}

const isJsonl = (f: string) => f.endsWith('.jsonl') || f.endsWith('.jsonl.gz');

/** Locale → file for a JSONL file or a directory in either layout (sorted by locale). */
export function localeFiles(path: string): Map<string, string> {
  if (!existsSync(path)) throw new Error(`MASSIVE data not found: ${path}`);
  if (statSync(path).isFile()) return new Map([[basename(path).split('.')[0]!, path]]);
  for (const dir of [path, join(path, 'data'), join(path, '1.1', 'data')]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    const files = new Map<string, string>();
    for (const f of readdirSync(dir).filter(isJsonl).sort()) {
      const locale = f.split('.')[0]!;
      if (!files.has(locale)) files.set(locale, join(dir, f));
    }
    if (files.size) return files;
  }
  throw new Error(`no MASSIVE .jsonl or .jsonl.gz files under ${path}`);
}

/** Yields the lines of a plain or gzipped text file. */
async function* lines(file: string): AsyncGenerator<string> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
    raw.destroy();
  }
}

/**
 * Yields records of every matching locale file in locale order. A malformed line throws a
 * MassiveFormatError naming `file:line`.
 */
export async function* readRecords(path: string, filter: RecordFilter = {}): AsyncGenerator<MassiveRecord> {
  for (const [locale, file] of localeFiles(path)) {
    if (filter.locales && !filter.locales.includes(locale)) continue;
    let lineNo = 0;
    for await (const line of lines(file)) {
      lineNo += 1;
      const rec = parseRecordLine(line, `${file}:${lineNo}`, filter.charSplitLocales);
      if (!rec) continue;
      if (filter.locales && !filter.locales.includes(rec.locale)) continue;
      if (filter.partitions && !filter.partitions.includes(rec.partition)) continue;
      if (filter.excludePartitions?.includes(rec.partition)) continue;
      yield rec;
    }
  }
}
