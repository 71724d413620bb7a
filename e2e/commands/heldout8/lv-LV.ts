// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** lv-LV: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'pamodini mani rīt astoņos no rīta',
    expect: { alarm: { time: '08:00', day: '2026-11-25' } },
    note: '"rīt" is tomorrow, "no rīta" in the morning.',
  },
  {
    skill: 'alarm',
    say: 'uzliec modinātāju pusdeviņos vakarā',
    expect: { alarm: '20:30' },
    note: 'Latvian "pusdeviņos" is half an hour before nine; "vakarā" in the evening: 20:30.',
  },
  { skill: 'timer', say: 'uzliec taimeri uz desmit minūtēm', expect: { timer: 600 } },
  { skill: 'timer', say: 'ieslēdz taimeri uz 30 sekundēm', expect: { timer: 30 } },
  {
    skill: 'list',
    say: 'pievieno pienu un maizi iepirkumu sarakstam',
    expect: { listItems: ['piens', 'maize'] },
    note: 'Said in the accusative ("pienu", "maizi"); the items are the dictionary forms milk and bread.',
  },
  {
    skill: 'calendar',
    say: 'ieliec kalendārā dzimšanas dienas ballīti svētdien trijos pēcpusdienā',
    expect: {
      event: { day: '2026-11-29', time: '15:00', titleIncludes: 'dzimšanas', notInTitle: ['svētdien', 'trijos', 'pēcpusdien'] },
    },
    note: 'A birthday party on Sunday at three in the afternoon.',
  },
  { skill: 'light', say: 'ieslēdz gaismu lūdzu', expect: { light: { on: true } } },
  { skill: 'light', say: 'nomaini gaismu uz rozā', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'uztaisi mazliet skaļāk', expect: { volume: 'up' } },
  { skill: 'media', say: 'apturi mūziku', expect: { playing: false } },
  { skill: 'datetime', say: 'cik tagad ir pulkstens', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['uzliec modinātāju', 'ceturksni pāri septiņiem no rīta'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; "ceturksni pāri septiņiem" is a quarter past seven.',
  },
];

export default commands;
