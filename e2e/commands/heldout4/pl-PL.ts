// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** pl-PL: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'obudź mnie jutro o wpół do siódmej', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'nastaw budzik na dziewiątą wieczorem', expect: { alarm: '21:00' } },
  { skill: 'timer', say: 'ustaw minutnik na półtorej minuty', expect: { timer: 90 } },
  { skill: 'list', say: 'dopisz mleko i jajka do listy zakupów', expect: { listItems: ['mleko', 'jajka'] } },
  { skill: 'calendar', say: 'dodaj do kalendarza spotkanie z szefem w piątek o trzynastej', expect: { event: { day: '2026-11-27', time: '13:00', titleIncludes: 'spotkanie', notInTitle: ['piątek', 'trzynastej'] } } },
  { skill: 'light', say: 'przyciemnij trochę światło', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'zmień kolor światła na fioletowy', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'daj głośność na dwadzieścia pięć', expect: { volume: 25 } },
  { skill: 'media', say: 'zapauzuj piosenkę', expect: { playing: false } },
  { skill: 'math', say: 'ile to jest 48 razy 5', expect: { math: '240' } },
  { skill: 'datetime', say: 'jaki dziś jest dzień tygodnia', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['nastaw minutnik', 'na dziesięć minut'], expect: { timer: 600 } },
];
export default commands;
