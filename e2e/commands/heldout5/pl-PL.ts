// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** pl-PL: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'obudź mnie jutro rano o wpół do siódmej', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'nastaw budzik na osiemnastą', expect: { alarm: '18:00' } },
  { skill: 'timer', say: 'włącz minutnik na 5 minut', expect: { timer: 300 } },
  { skill: 'list', say: 'dopisz masło i mleko do listy zakupów', expect: { listItems: ['masło', 'mleko'] } },
  {
    skill: 'calendar',
    say: 'dodaj do kalendarza spotkanie z szefem w czwartek o czternastej',
    expect: { event: { day: '2026-11-26', time: '14:00', titleIncludes: 'spotkanie', notInTitle: ['czwartek', 'czternast'] } },
  },
  { skill: 'light', say: 'zgaś światło w pokoju', expect: { light: { on: false } } },
  { skill: 'light', say: 'zmień kolor światła na różowy', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'ustaw głośność na dwadzieścia pięć procent', expect: { volume: 25 } },
  { skill: 'media', say: 'wznów muzykę', expect: { playing: true } },
  { skill: 'math', say: 'ile to jest siedem razy trzynaście', expect: { math: '91' } },
  { skill: 'datetime', say: 'jaki mamy dzisiaj dzień', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['ustaw budzik', 'dodaj chleb do listy zakupów'],
    expect: { listItems: ['chleb'] },
    note: 'The question for the alarm time is overtaken by a list command: only the bread is added, no alarm.',
  },
];

export default commands;
