// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** it-IT: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'svegliami domani mattina alle sei e quaranta', expect: { alarm: { time: '06:40', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'metti una sveglia alle 13 e 30 per favore', expect: { alarm: '13:30' } },
  { skill: 'timer', say: 'mi serve un timer di tre minuti', expect: { timer: 180 } },
  { skill: 'list', say: 'aggiungi mele pere e banane alla lista della spesa', expect: { listItems: ['mele', 'pere', 'banane'] } },
  {
    skill: 'calendar',
    say: 'segna in agenda la riunione con luca giovedì alle quindici',
    expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'riunione', notInTitle: ['giovedì', 'quindici'] } },
  },
  { skill: 'light', say: 'mi spegni la luce in cucina', expect: { light: { on: false } } },
  { skill: 'light', say: "alza un po' la luminosità", expect: { light: { brightness: 'up' } } },
  { skill: 'volume', say: 'metti il volume a quaranta', expect: { volume: 40 } },
  { skill: 'media', say: 'ferma un attimo la musica', expect: { playing: false } },
  { skill: 'math', say: 'quanto fa dodici per quindici', expect: { math: '180' } },
  { skill: 'datetime', say: 'che giorno è domani', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['imposta una sveglia', 'alle sette e quarantacinque del mattino'],
    expect: { alarm: '07:45' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
