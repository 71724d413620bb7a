/**
 * The intent confusion matrix as a heat map table: gold intents down, predicted across, only
 * the intents that occur, grouped in scenario blocks (a scenario's intents share its name in
 * the block header and are shown without its prefix). A cell's shade is its share of the row;
 * the count is written in it and its full names are in its title.
 */
import type { CSSProperties } from 'react';
import { confusionGrid } from './confusion.ts';
import type { ConfusionCell } from './types.ts';
import { tr } from './ui/strings.ts';

/** `alarm_set` in the `alarm` block reads `set`. */
function shortName(intent: string, scenario: string): string {
  return intent.startsWith(`${scenario}_`) ? intent.slice(scenario.length + 1) : intent;
}

interface Props {
  locale: string;
  cells: readonly ConfusionCell[];
  scenarios: Readonly<Record<string, string>>;
}

/** The matrix of `cells`. */
export function ConfusionMatrix({ locale, cells, scenarios }: Props) {
  const grid = confusionGrid(cells, scenarios);
  const blockOf = new Map(grid.blocks.flatMap((b) => b.intents.map((intent, i) => [intent, { scenario: b.scenario, first: i === 0 }] as const)));
  const colClass = (intent: string) => (blockOf.get(intent)?.first ? 'block-start' : undefined);
  return (
    <section className="batch-confusion">
      <h3>{tr('confusionTitle', locale)}</h3>
      <p className="muted">{tr('confusionHint', locale)}</p>
      <div className="confusion-scroll">
        <table className="confusion" data-testid="batch-confusion" data-intents={grid.intents.length} dir="ltr">
          <thead>
            <tr>
              <td colSpan={2} />
              {grid.blocks.map((b) => (
                <th key={b.scenario} scope="colgroup" colSpan={b.intents.length} className="scenario block-start" title={b.scenario}>
                  {b.scenario}
                </th>
              ))}
            </tr>
            <tr>
              <td colSpan={2} />
              {grid.intents.map((intent) => (
                <th key={intent} scope="col" className={colClass(intent)} title={intent}>
                  <span className="vertical">{shortName(intent, blockOf.get(intent)!.scenario)}</span>
                </th>
              ))}
            </tr>
          </thead>
          {grid.blocks.map((b) => (
            <tbody key={b.scenario}>
              {b.intents.map((gold, i) => {
                const row = grid.intents.indexOf(gold);
                const counts = grid.counts[row]!;
                const total = grid.rowTotals[row]!;
                return (
                  <tr key={gold} data-gold={gold}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={b.intents.length} className="scenario">
                        {b.scenario}
                      </th>
                    )}
                    <th scope="row" title={gold}>
                      {shortName(gold, b.scenario)}
                    </th>
                    {grid.intents.map((predicted, j) => {
                      const count = counts[j]!;
                      const share = total ? count / total : 0;
                      const style = { '--share': share } as CSSProperties;
                      // NOTE: from half a row on, the shade is dark enough to need light digits.
                      const classes = [colClass(predicted), predicted === gold ? 'diagonal' : undefined, count ? 'hit' : undefined, share >= 0.5 ? 'strong' : undefined].filter(Boolean).join(' ');
                      return (
                        <td key={predicted} className={classes || undefined} style={count ? style : undefined} title={tr('confusionCell', locale, { gold, predicted, count })}>
                          {count || ''}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
