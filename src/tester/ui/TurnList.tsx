/**
 * The turns, newest first. A long session shows the latest 100 with a button for the rest
 * (the summary and the export always cover all of them).
 */
import { useState } from 'react';
import { useTester } from './TesterContext.tsx';
import { TurnCard } from './TurnCard.tsx';
import { tr } from './tr.ts';

const SHOWN = 100;

/** The list of turns; `uiLocale` picks the chrome's language. */
export function TurnList({ uiLocale }: { uiLocale: string }) {
  const annotations = useTester((s) => s.annotations);
  const activeId = useTester((s) => s.activeId);
  const [all, setAll] = useState(false);
  const newestFirst = [...annotations].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, SHOWN);
  return (
    <section className="tester-turns" aria-label={tr('turnsTitle', uiLocale)}>
      <h2 className="section-title">{tr('turnsTitle', uiLocale)}</h2>
      {annotations.length === 0 && <p className="muted">{tr('noTurns', uiLocale)}</p>}
      <div className="tester-turn-list" data-testid="tester-turns" data-count={annotations.length}>
        {shown.map((a) => (
          <TurnCard key={a.id} annotation={a} active={a.id === activeId} uiLocale={uiLocale} />
        ))}
      </div>
      {shown.length < newestFirst.length && (
        <button type="button" onClick={() => setAll(true)}>
          {tr('showAll', uiLocale, { count: newestFirst.length })}
        </button>
      )}
    </section>
  );
}
