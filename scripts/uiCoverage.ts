/**
 * UI catalog coverage: for each UI language (`src/i18n/ui/locales/<lang>.json`), the share of
 * the English keys it translates, whether it is offered (at least the threshold in
 * `src/i18n/ui/sources.ts`; below it the page stays in English), the missing keys, and any
 * entry that is dropped (a key English does not have, other arguments, invalid ICU).
 *
 * Run: npm run ui:coverage [-- --strict]   (--strict: exit 1 unless every language is at 100%
 * with no problem; without it, exit 1 only when a file cannot be read as JSON)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogReport, formatCoverage, type CatalogReport } from '../src/i18n/ui/coverage.ts';

const DIR = join(import.meta.dirname, '..', 'src', 'i18n', 'ui', 'locales');
const strict = process.argv.slice(2).includes('--strict');

let unreadable = 0;
const reports: CatalogReport[] = [];
for (const name of readdirSync(DIR).filter((n) => n.endsWith('.json')).sort()) {
  const lang = name.replace(/\.json$/, '');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(DIR, name), 'utf8'));
  } catch (error) {
    unreadable++;
    console.error(`${lang}: ${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    continue;
  }
  reports.push(catalogReport(lang, json));
}

console.log(formatCoverage(reports));
const incomplete = reports.filter((r) => r.share < 1 || r.problems.length > 0).length;
console.log(`${reports.length} UI languages besides English; ${reports.filter((r) => r.offered).length} offered; ${incomplete} incomplete.`);
if (unreadable > 0 || (strict && incomplete > 0)) process.exitCode = 1;
