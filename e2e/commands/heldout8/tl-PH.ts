// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** tl-PH: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'gisingin mo ako bukas ng alas singko ng umaga',
    expect: { alarm: { time: '05:00', day: '2026-11-25' } },
    note: 'Clock hours are said with Spanish numbers: "alas singko" is five o\'clock; "bukas" is tomorrow.',
  },
  {
    skill: 'alarm',
    say: 'paki-set ng alarm alas otso y medya ng gabi',
    expect: { alarm: '20:30' },
    note: '"alas otso y medya ng gabi" is half past eight in the evening.',
  },
  { skill: 'timer', say: 'mag-timer ka ng limang minuto', expect: { timer: 300 } },
  { skill: 'timer', say: 'mag-set ka ng timer ng 20 minuto', expect: { timer: 1200 } },
  {
    skill: 'list',
    say: 'pakidagdag ang bigas at itlog sa listahan ng bibilhin',
    expect: { listItems: ['bigas', 'itlog'] },
    note: 'Rice and eggs.',
  },
  {
    skill: 'calendar',
    say: 'ilagay mo sa kalendaryo ang pagpapatingin sa dentista sa huwebes alas dos ng hapon',
    expect: {
      event: { day: '2026-11-26', time: '14:00', titleIncludes: 'dentista', notInTitle: ['huwebes', 'alas', 'dos', 'hapon'] },
    },
    note: 'A dentist visit on Thursday at two in the afternoon.',
  },
  { skill: 'light', say: 'pakibukas ng ilaw', expect: { light: { on: true } } },
  { skill: 'light', say: 'gawin mong kulay rosas ang ilaw', expect: { light: { on: true, colour: 'pink' } } },
  { skill: 'volume', say: 'lakasan mo nang kaunti', expect: { volume: 'up' } },
  { skill: 'media', say: 'itigil mo muna ang kanta', expect: { playing: false } },
  { skill: 'datetime', say: 'anong oras na', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['mag-set ka ng alarm', 'alas sais kinse ng umaga'],
    expect: { alarm: '06:15' },
    note: 'The assistant asks for the time; "alas sais kinse" is six fifteen.',
  },
];

export default commands;
