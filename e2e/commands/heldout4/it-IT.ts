// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** it-IT: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'mettimi la sveglia alle sei meno un quarto', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'metti una sveglia lunedì alle 8 e 20', expect: { alarm: { time: '08:20', day: '2026-11-30' } } },
  { skill: 'timer', say: 'imposta un timer di 40 secondi', expect: { timer: 40 } },
  { skill: 'list', say: 'aggiungi mozzarella e pomodori alla lista della spesa', expect: { listItems: ['mozzarella', 'pomodori'] } },
  { skill: 'calendar', say: 'segnami in agenda una riunione domani alle 10', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'riunione', notInTitle: ['domani'] } } },
  { skill: 'light', say: 'spegni le luci per favore', expect: { light: { on: false } } },
  { skill: 'light', say: 'metti la luce gialla', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'metti il volume a 20', expect: { volume: 20 } },
  { skill: 'media', say: 'fai ripartire la musica', expect: { playing: true } },
  { skill: 'math', say: 'quanto fa novantanove più quarantotto', expect: { math: '147' } },
  { skill: 'datetime', say: 'che ore sono adesso', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['mi metti una sveglia', 'metti in pausa la musica'], expect: { playing: false } },
];
export default commands;
