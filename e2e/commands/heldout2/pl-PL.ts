// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** pl-PL: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'obudź mnie jutro o siódmej rano', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'ustaw budzik na szóstą czterdzieści pięć rano', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'nastaw minutnik na dziesięć minut', expect: { timer: 600 } },
  { skill: 'list', say: 'dodaj pomidory i cebulę do listy zakupów', expect: { listItems: ['pomidory', 'cebulę'] } },
  { skill: 'calendar', say: 'dodaj spotkanie z lekarzem w piątek o czternastej', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'lekarzem', notInTitle: ['piątek', 'czternastej'] } } },
  { skill: 'light', say: 'zgaś światło w kuchni', expect: { light: { on: false } } },
  { skill: 'light', say: 'ustaw zielone światło', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'przycisz trochę muzykę', expect: { volume: 'down' } },
  { skill: 'media', say: 'zatrzymaj piosenkę', expect: { playing: false } },
  { skill: 'math', say: 'ile to jest piętnaście razy cztery', expect: { math: '60' } },
  { skill: 'datetime', say: 'jaka jest teraz godzina', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['ustaw minutnik', 'piętnaście minut'], expect: { timer: 900 } },
];
export default commands;
