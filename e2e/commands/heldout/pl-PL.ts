// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** pl-PL: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'obudź mnie jutro o szóstej czterdzieści', expect: { alarm: { time: '06:40', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'nastaw budzik na 20 30', expect: { alarm: '20:30' } },
  { skill: 'timer', say: 'ustaw minutnik na pół godziny', expect: { timer: 1800 } },
  { skill: 'list', say: 'dodaj masło do listy zakupów', expect: { listItems: ['masło'] } },
  { skill: 'calendar', say: 'dodaj do kalendarza trening w środę o osiemnastej', expect: { event: { day: '2026-11-25', time: '18:00', titleIncludes: 'trening', notInTitle: ['środ', 'osiemnast', 'kalendarz'] } } },
  { skill: 'light', say: 'wyłącz światło', expect: { light: { on: false } } },
  { skill: 'light', say: 'zmień kolor światła na żółty', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'ustaw głośność na 25', expect: { volume: 25 } },
  { skill: 'media', say: 'zatrzymaj muzykę', expect: { playing: false } },
  { skill: 'math', say: 'ile to jest dziewięć razy dziewięć', expect: { math: '81' } },
  { skill: 'datetime', say: 'która jest godzina', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['dodaj do listy zakupów', 'mleko'], expect: { listItems: ['mleko'] } },
];
export default commands;
