// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** it-IT: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'svegliami alle sei e un quarto', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'metti una sveglia alle 16 e 30', expect: { alarm: '16:30' } },
  { skill: 'timer', say: "imposta un timer di mezz'ora", expect: { timer: 1800 } },
  { skill: 'list', say: 'aggiungi pasta e pomodori alla lista della spesa', expect: { listItems: ['pasta', 'pomodori'] } },
  {
    skill: 'calendar',
    say: 'segnami la riunione con luca lunedì alle undici di mattina',
    expect: { event: { day: '2026-11-30', time: '11:00', titleIncludes: 'riunione', notInTitle: ['lunedì', 'mattina', 'undici'] } },
  },
  { skill: 'light', say: 'spegni la luce per favore', expect: { light: { on: false } } },
  { skill: 'light', say: 'fammi la luce gialla', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'porta il volume a venti', expect: { volume: 20 } },
  { skill: 'media', say: 'fai ripartire la canzone', expect: { playing: true } },
  { skill: 'math', say: 'quanto fa 9 per 8', expect: { math: '72' } },
  { skill: 'datetime', say: 'scusa che ore sono', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['aggiungi una cosa alla lista della spesa', 'caffè'], expect: { listItems: ['caffè'] } },
];

export default commands;
