/**
 * Checks a UI catalog (the parsed `locales/<lang>.json`) against the English sources and
 * measures it: which keys it translates, which are missing, and what is wrong (a namespace or
 * key English does not have, a text that is not valid ICU MessageFormat, arguments that differ
 * from the English ones). Only the entries that pass are kept; the rest fall back to English.
 * Shared by the loader (a language below the threshold is not offered), `npm run ui:coverage`
 * and the tests.
 */
import { messageArguments } from '../uiText.ts';
import { UI_COVERAGE_THRESHOLD, UI_NAMESPACES, UI_SOURCES } from './sources.ts';
import type { UiCatalog, UiDict } from './types.ts';

/** What one catalog covers. */
export interface CatalogReport {
  lang: string;
  /** English keys, all namespaces together. */
  total: number;
  /** Keys with a usable translation. */
  translated: number;
  /** `translated / total`, 0…1. */
  share: number;
  /** At least `UI_COVERAGE_THRESHOLD`: the language is offered as a UI language. */
  offered: boolean;
  /** `namespace.key` of each English key without a usable translation, in English order. */
  missing: string[];
  /** `namespace.key: what is wrong` for each entry that was dropped. */
  problems: string[];
  /** The usable entries. */
  catalog: UiCatalog;
}

/** Each argument of an ICU message with how it is used, in a comparable form (`count:plural,name:text`). */
export function argumentSignature(template: string): string {
  return [...messageArguments(template)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, kind]) => `${name}:${kind}`)
    .join(',');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `text` cannot stand for English `en`, or null when it can. */
function problemOf(text: unknown, en: string): string | null {
  if (typeof text !== 'string') return `not a string (${typeof text})`;
  if (text.trim() === '') return 'empty';
  let own: string;
  try {
    own = argumentSignature(text);
  } catch (error) {
    return `not valid ICU MessageFormat (${error instanceof Error ? error.message : String(error)})`;
  }
  const english = argumentSignature(en);
  return own === english ? null : `arguments {${own}} differ from the English {${english}}`;
}

/** Checks and measures `json` (anything: it comes from a file) as the catalog of `lang`. */
export function catalogReport(lang: string, json: unknown): CatalogReport {
  const problems: string[] = [];
  const missing: string[] = [];
  const catalog: Record<string, UiDict> = {};
  const given = isRecord(json) ? json : {};
  if (!isRecord(json)) problems.push(`(root): not an object of namespaces`);
  for (const ns of Object.keys(given)) {
    if (!Object.hasOwn(UI_SOURCES, ns)) problems.push(`${ns}: no such namespace in English`);
    else if (!isRecord(given[ns])) problems.push(`${ns}: not an object of strings`);
  }
  let total = 0;
  for (const ns of UI_NAMESPACES) {
    const en: UiDict = UI_SOURCES[ns];
    const dict = isRecord(given[ns]) ? given[ns] : {};
    for (const key of Object.keys(dict)) {
      if (!Object.hasOwn(en, key)) problems.push(`${ns}.${key}: no such key in English`);
    }
    const kept: Record<string, string> = {};
    for (const [key, english] of Object.entries(en)) {
      total++;
      if (!Object.hasOwn(dict, key)) {
        missing.push(`${ns}.${key}`);
        continue;
      }
      const problem = problemOf(dict[key], english);
      if (problem) {
        problems.push(`${ns}.${key}: ${problem}`);
        missing.push(`${ns}.${key}`);
      } else {
        kept[key] = dict[key] as string;
      }
    }
    if (Object.keys(kept).length > 0) catalog[ns] = kept;
  }
  const translated = total - missing.length;
  const share = total === 0 ? 1 : translated / total;
  return { lang, total, translated, share, offered: share >= UI_COVERAGE_THRESHOLD, missing, problems, catalog };
}

/** One line per language and its missing keys and problems, for `npm run ui:coverage`. */
export function formatCoverage(reports: readonly CatalogReport[]): string {
  const lines: string[] = [];
  const width = Math.max(...reports.map((r) => r.lang.length), 2);
  lines.push(`UI catalogs: share of the ${reports[0]?.total ?? 0} English keys translated (offered at ≥ ${Math.round(UI_COVERAGE_THRESHOLD * 100)}%)`);
  for (const r of reports) {
    const percent = `${(Math.floor(r.share * 1000) / 10).toFixed(1)}%`.padStart(6);
    const status = r.offered ? 'offered' : 'NOT OFFERED (falls back to English)';
    lines.push(`${r.lang.padEnd(width)}  ${percent}  ${String(r.translated).padStart(4)}/${r.total}  ${status}`);
    if (r.missing.length > 0) lines.push(`${' '.repeat(width)}  missing: ${r.missing.join(', ')}`);
    for (const p of r.problems) lines.push(`${' '.repeat(width)}  problem: ${p}`);
  }
  return lines.join('\n');
}
