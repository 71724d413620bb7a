// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** is-IS: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'vektu mig klukkan sex á morgun',
    expect: { alarm: { time: '06:00', day: '2026-11-25' } },
    note: '"á morgun" is tomorrow (not "in the morning").',
  },
  {
    skill: 'alarm',
    say: 'stilltu vekjarann á hálf tíu í kvöld',
    expect: { alarm: '21:30' },
    note: 'Icelandic "hálf tíu" is half an hour before ten; "í kvöld" is this evening: 21:30.',
  },
  { skill: 'timer', say: 'stilltu tímamæli á fjörutíu mínútur', expect: { timer: 2400 } },
  { skill: 'timer', say: 'tímamælir í 3 mínútur takk', expect: { timer: 180 } },
  {
    skill: 'list',
    say: 'settu mjólk og smjör á innkaupalistann',
    expect: { listItems: ['mjólk', 'smjör'] },
  },
  {
    skill: 'calendar',
    say: 'skráðu læknistíma á fimmtudaginn klukkan tvö eftir hádegi',
    expect: {
      event: { day: '2026-11-26', time: '14:00', titleIncludes: 'lækni', notInTitle: ['fimmtudag', 'klukkan', 'tvö', 'hádegi'] },
    },
    note: '"læknistími" is a doctor\'s appointment; "tvö eftir hádegi" is two in the afternoon.',
  },
  { skill: 'light', say: 'kveiktu á ljósinu', expect: { light: { on: true } } },
  { skill: 'light', say: 'gerðu ljósið grænt', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'hækkaðu hljóðið aðeins', expect: { volume: 'up' } },
  { skill: 'media', say: 'settu tónlistina á pásu', expect: { playing: false } },
  { skill: 'datetime', say: 'hvað er klukkan eiginlega', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['stilltu vekjara', 'klukkan korter yfir sjö'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; "korter yfir sjö" is a quarter past seven.',
  },
];

export default commands;
