// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** pl-PL: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'obudź mnie jutro rano za dwadzieścia siódma', expect: { alarm: { time: '06:40', day: '2026-11-25' } }, note: 'za dwadzieścia siódma is twenty to seven, 6:40' },
  { skill: 'alarm', say: 'nastaw budzik na 9 wieczorem', expect: { alarm: '21:00' } },
  { skill: 'timer', say: 'odlicz trzy minuty', expect: { timer: 180 } },
  { skill: 'list', say: 'dopisz chleb do listy zakupów', expect: { listItems: ['chleb'] } },
  { skill: 'calendar', say: 'wpisz mi urodziny mamy w czwartek o siedemnastej', expect: { event: { day: '2026-11-26', time: '17:00', titleIncludes: 'urodziny', notInTitle: ['czwart', 'siedemnast'] } } },
  { skill: 'light', say: 'zapal światło', expect: { light: { on: true } } },
  { skill: 'light', say: 'daj czerwone światło', expect: { light: { on: true, colour: 'red' } } },
  { skill: 'volume', say: 'zrób głośniej', expect: { volume: 'up' } },
  { skill: 'media', say: 'puść jakąś muzykę', expect: { playing: true } },
  { skill: 'math', say: 'ile to jest 125 podzielić przez 5', expect: { math: '25' } },
  { skill: 'datetime', say: 'jaki dziś jest dzień', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['ustaw budzik', 'ścisz muzykę'], expect: { volume: 'down' }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
