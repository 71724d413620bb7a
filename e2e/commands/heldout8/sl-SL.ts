// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sl-SL: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'zbudi me jutri ob petih zjutraj',
    expect: { alarm: { time: '05:00', day: '2026-11-25' } },
  },
  {
    skill: 'alarm',
    say: 'nastavi budilko ob pol sedmih zjutraj',
    expect: { alarm: '06:30' },
    note: 'Slovenian "pol sedmih" is half an hour before seven: 06:30.',
  },
  {
    skill: 'timer',
    say: 'nastavi časovnik na dve minuti',
    expect: { timer: 120 },
    note: '"dve minuti" is the dual: two minutes.',
  },
  { skill: 'timer', say: 'vklopi časovnik za 15 minut', expect: { timer: 900 } },
  { skill: 'list', say: 'dodaj mleko in kruh na nakupovalni seznam', expect: { listItems: ['mleko', 'kruh'] } },
  {
    skill: 'calendar',
    say: 'dodaj v koledar obisk pri zobozdravniku v ponedeljek ob treh popoldne',
    expect: {
      event: { day: '2026-11-30', time: '15:00', titleIncludes: 'zobozdravnik', notInTitle: ['ponedeljek', 'treh', 'popoldne'] },
    },
    note: 'Next Monday; "ob treh popoldne" is three in the afternoon.',
  },
  { skill: 'light', say: 'a lahko prižgeš luč', expect: { light: { on: true } } },
  { skill: 'light', say: 'daj luč na vijolično', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'daj malo tišje', expect: { volume: 'down' } },
  { skill: 'media', say: 'ustavi glasbo', expect: { playing: false } },
  { skill: 'datetime', say: 'koliko je ura zdaj', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['nastavi budilko', 'ob četrt na osem zjutraj'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; "četrt na osem" is a quarter of the way to eight: 07:15.',
  },
];

export default commands;
