/**
 * The problems found in a file, each with its line number (`batch-problems`): lines that are
 * not records, locales the model does not know, and where a gzip stream broke off. The
 * details come from the parser or the browser, in English, and are shown as text.
 */
import type { BatchKey } from './ui/strings.ts';
import { tr } from './ui/strings.ts';
import type { FileSummary, LineError } from './types.ts';

const KEY: Record<LineError['kind'], BatchKey> = { format: 'lineFormat', locale: 'lineLocale', gzip: 'lineGzip', read: 'lineRead' };

/** The file's problems, the first MAX_LINE_ERRORS listed. */
export function FileProblems({ locale, file }: { locale: string; file: FileSummary }) {
  const more = file.errorCount - file.errors.length;
  return (
    <section className="batch-problems" data-testid="batch-problems" data-count={file.errorCount} role="alert">
      <h3>{tr('problemsTitle', locale, { count: file.errorCount })}</h3>
      <ul>
        {file.errors.map((e) => (
          <li key={`${e.line}-${e.kind}`} data-line={e.line} data-kind={e.kind}>
            {tr(KEY[e.kind], locale, { line: e.line, detail: e.detail, locale: e.detail })}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{tr('problemsMore', locale, { count: more })}</p>}
    </section>
  );
}
