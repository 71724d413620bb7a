// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** it-IT: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'svegliami domani alle sette', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'imposta la sveglia alle sei e quarantacinque del mattino', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'timer di dieci minuti', expect: { timer: 600 } },
  { skill: 'list', say: 'aggiungi pomodori e cipolle alla lista della spesa', expect: { listItems: ['pomodori', 'cipolle'] } },
  { skill: 'calendar', say: 'fissa un appuntamento dal dentista venerdì alle due del pomeriggio', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'dentista', notInTitle: ['venerdì', 'pomeriggio'] } } },
  { skill: 'light', say: 'spegni la luce', expect: { light: { on: false } } },
  { skill: 'light', say: 'voglio la luce verde', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'metti il volume più basso', expect: { volume: 'down' } },
  { skill: 'media', say: 'ferma la musica', expect: { playing: false } },
  { skill: 'math', say: 'quanto fa quindici per quattro', expect: { math: '60' } },
  { skill: 'datetime', say: 'mi dici che ore sono', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['metti una sveglia', 'alle sei e mezza di mattina'], expect: { alarm: '06:30' } },
];
export default commands;
