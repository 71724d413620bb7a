// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** pl-PL: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'hej obudź mnie jutro o szóstej czterdzieści pięć rano', expect: { alarm: { time: '06:45', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'ustaw mi budzik na dwudziestą pierwszą trzydzieści', expect: { alarm: '21:30' } },
  { skill: 'timer', say: 'potrzebuję minutnika na dziesięć minut', expect: { timer: 600 } },
  { skill: 'list', say: 'dodaj ser i jajka do listy zakupów', expect: { listItems: ['ser', 'jajka'] } },
  {
    skill: 'calendar',
    say: 'wpisz mi do kalendarza wizytę u dentysty w piątek o dziesiątej rano',
    expect: { event: { day: '2026-11-27', time: '10:00', titleIncludes: 'dentyst', notInTitle: ['piątek', 'dziesiąt', 'rano'] } },
  },
  { skill: 'light', say: 'możesz trochę przyciemnić światło', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'ustaw światło na zielone', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'podgłośnij trochę', expect: { volume: 'up' } },
  { skill: 'media', say: 'zatrzymaj muzykę na chwilę', expect: { playing: false } },
  { skill: 'math', say: 'ile to jest sto dwadzieścia podzielić przez osiem', expect: { math: '15' } },
  { skill: 'datetime', say: 'która jest teraz godzina', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['nastaw budzik', 'na siódmą piętnaście rano'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
