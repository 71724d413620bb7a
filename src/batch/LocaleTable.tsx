/**
 * The per-locale table: utterances and the three official metrics (percent, one decimal, as
 * the CLI prints them), and their plain mean over locales in the last row.
 */
import { findLanguage } from '../i18n/languages.ts';
import type { EvalReportJson } from '../nlu/evalCore.ts';
import { tr } from './ui/strings.ts';

const pct = (x: number) => x.toFixed(1);

/** The table of `report`. */
export function LocaleTable({ locale, report }: { locale: string; report: EvalReportJson }) {
  const rows = Object.entries(report.locales);
  return (
    <section className="batch-locales">
      <h3>{tr('tableTitle', locale)}</h3>
      <table className="batch-table" data-testid="batch-locale-table">
        <thead>
          <tr>
            <th scope="col">{tr('colLocale', locale)}</th>
            <th scope="col">{tr('colUtterances', locale)}</th>
            <th scope="col">{tr('colIntent', locale)}</th>
            <th scope="col">{tr('colSlot', locale)}</th>
            <th scope="col">{tr('colExact', locale)}</th>
          </tr>
        </thead>
        <tbody dir="ltr">
          {rows.map(([code, s]) => (
            <tr key={code} data-locale={code}>
              <th scope="row" title={findLanguage(code)?.englishName}>
                {code}
              </th>
              <td>{s.n}</td>
              <td>{pct(s.intent_acc)}</td>
              <td>{pct(s.slot_f1)}</td>
              <td>{pct(s.exact_match)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot dir="ltr">
          <tr data-locale="mean">
            <th scope="row">{tr('meanRow', locale)}</th>
            <td>{report.utterances}</td>
            <td>{pct(report.mean.intent_acc)}</td>
            <td>{pct(report.mean.slot_f1)}</td>
            <td>{pct(report.mean.exact_match)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
