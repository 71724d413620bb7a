/**
 * MASSIVE records of one picked file for the batch panel. Unlike the CLI, which stops at the
 * first malformed line, a bad line here (not JSON, a missing field, a locale the model does not
 * know) is noted with its line number and skipped, and a file whose gzip stream breaks keeps
 * the lines before the break: a tester sees every problem at once and loses nothing else.
 * Each line is read by the CLI's own parser (`parseRecordLine`).
 */
import { keepRecord, type RecordSelection } from '../nlu/evalCore.ts';
import { type MassiveRecord, parseRecordLine } from '../nlu/massive.ts';
import { blobLines, FileReadError } from './lines.ts';
import type { FileSummary, LineError } from './types.ts';

/** Line errors kept for display; the rest are only counted (a file of garbage has one per line). */
export const MAX_LINE_ERRORS = 200;

/** Options of `FileRecords`. */
export interface FileRecordsOptions {
  /** The model's `char_split_locales` (how ja/zh gold words are split). */
  charSplitLocales: readonly string[];
  /** Locales the model knows; a selected record of another locale is a line error. */
  knownLocales?: ReadonlySet<string> | undefined;
  selection: RecordSelection;
}

/** Reads a file's records once; `summary` says what was read, skipped and wrong. */
export class FileRecords {
  readonly summary: FileSummary = { lines: 0, selected: 0, partitions: {}, errors: [], errorCount: 0, cutAt: null };
  /** The line each yielded record came from. */
  readonly lineOf = new Map<MassiveRecord, number>();

  constructor(
    private readonly blob: Blob,
    private readonly name: string,
    private readonly opts: FileRecordsOptions,
  ) {}

  private fail(error: LineError): void {
    this.summary.errorCount += 1;
    if (this.summary.errors.length < MAX_LINE_ERRORS) this.summary.errors.push(error);
  }

  /** The selected, well-formed records in file order. */
  async *records(): AsyncGenerator<MassiveRecord> {
    const s = this.summary;
    try {
      for await (const line of blobLines(this.blob)) {
        const lineNo = (s.lines += 1);
        const where = `${this.name}:${lineNo}`;
        let rec: MassiveRecord | null;
        try {
          rec = parseRecordLine(line, where, this.opts.charSplitLocales);
        } catch (e) {
          // The parser's message starts with `where`; the panel shows the line number apart.
          const message = (e as Error).message;
          this.fail({ line: lineNo, kind: 'format', detail: message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message });
          continue;
        }
        if (!rec) continue;
        s.partitions[rec.partition] = (s.partitions[rec.partition] ?? 0) + 1;
        if (!keepRecord(rec, this.opts.selection)) continue;
        if (this.opts.knownLocales && !this.opts.knownLocales.has(rec.locale)) {
          this.fail({ line: lineNo, kind: 'locale', detail: rec.locale });
          continue;
        }
        s.selected += 1;
        this.lineOf.set(rec, lineNo);
        yield rec;
      }
    } catch (e) {
      if (!(e instanceof FileReadError)) throw e;
      s.cutAt = e.line;
      this.fail({ line: e.line, kind: e.kind, detail: e.message });
    }
  }
}
