// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** it-IT: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'svegliami alle sette meno un quarto', expect: { alarm: '06:45' }, note: '"sette meno un quarto" is a quarter to seven: 06:45.' },
  { skill: 'alarm', say: 'metti una sveglia per lunedì alle sette e mezza di mattina', expect: { alarm: { time: '07:30', day: '2026-11-30' } } },
  { skill: 'timer', say: 'imposta un timer di 45 minuti', expect: { timer: 2700 } },
  { skill: 'timer', say: "metti un timer di un'ora e mezza", expect: { timer: 5400 } },
  { skill: 'list', say: 'aggiungi pasta pomodori e basilico alla lista della spesa', expect: { listItems: ['pasta', 'pomodori', 'basilico'] } },
  { skill: 'calendar', say: 'segna in agenda riunione con luca giovedì alle dieci', expect: { event: { day: '2026-11-26', time: '10:00', titleIncludes: 'riunione', notInTitle: ['giovedì', 'dieci'] } } },
  { skill: 'light', say: 'accendi la luce', expect: { light: { on: true } }, given: { light: 'off' } },
  { skill: 'light', say: 'metti la luce gialla', expect: { light: { colour: 'yellow' } } },
  { skill: 'volume', say: 'metti il volume a trenta', expect: { volume: 30 } },
  { skill: 'media', say: 'metti in pausa la musica', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'quanto fa nove per sette', expect: { math: '63' } },
  { skill: 'followup', say: ['aggiungi una cosa alla lista', 'lascia stare abbassa il volume'], expect: { volume: 'down' }, note: '"lascia stare" = never mind; the list question is dropped, nothing is added.' },
];

export default commands;
