// Eighteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** it-IT: eighteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'svegliami lunedì prossimo alle sette e mezza', expect: { alarm: { time: '07:30', day: '2026-11-30' } }, note: 'On Tuesday 24 November "lunedì prossimo" is Monday 30 November; "svegliami" (wake me) makes 7:30 the morning.' },
  { skill: 'alarm', say: 'metti la sveglia alle nove e mezza di sera', expect: { alarm: '21:30' } },
  { skill: 'timer', say: 'metti un timer di due minuti e venti secondi', expect: { timer: 140 } },
  { skill: 'timer', say: "metti un timer di un quarto d'ora", expect: { timer: 900 } },
  { skill: 'list', say: 'aggiungi passata di pomodoro alla lista della spesa', expect: { listItems: ['passata di pomodoro'] } },
  { skill: 'calendar', say: 'segna in calendario cena con giulia domani sera alle otto', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'giulia', notInTitle: ['domani', 'sera', 'otto'] } }, note: '"domani sera alle otto" is tomorrow at 20:00.' },
  { skill: 'light', say: 'abbassa la luce al 40 per cento', expect: { light: { brightness: 40 } }, given: { light: 'on' } },
  { skill: 'light', say: 'alza un attimo la luce', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: '"alza un attimo la luce": turn the light up a little.' },
  { skill: 'volume', say: 'metti il volume a venticinque', expect: { volume: 25 } },
  { skill: 'media', say: 'metti della musica', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'quanto fa centoquarantaquattro diviso dodici', expect: { math: '12' } },
  { skill: 'followup', say: ['mettimi una sveglia', 'alle sei e quaranta di mattina'], expect: { alarm: '06:40' } },
];

export default commands;
