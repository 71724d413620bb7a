// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ka-GE: ninth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'ხვალ დილით შვიდ საათზე გამაღვიძე',
    expect: { alarm: { time: '07:00', day: '2026-11-25' } },
    note: '"khval" tomorrow, "dilit" in the morning; "gamaghvidze" is wake me up.',
  },
  {
    skill: 'alarm',
    say: 'საღამოს ნახევარ რვაზე მაღვიძარა დამიყენე',
    expect: { alarm: '19:30' },
    note: 'Georgian counts the half toward the next hour: "nakhevar rvaze" (half to eight) is 7:30; "saghamos" is the evening, so 19:30.',
  },
  { skill: 'timer', say: 'ტაიმერი დააყენე ოცდახუთ წუთზე', expect: { timer: 1500 }, note: '"otsdakhut" is twenty-five (vigesimal: twenty and five).' },
  { skill: 'timer', say: 'ტაიმერი დააყენე 2 წუთზე', expect: { timer: 120 } },
  { skill: 'list', say: 'საყიდლების სიაში ჩაამატე რძე და პური', expect: { listItems: ['რძე', 'პური'] } },
  {
    skill: 'calendar',
    say: 'ოთხშაბათს საღამოს ექვს საათზე კალენდარში ჩამიწერე შეხვედრა ნინოსთან',
    expect: { event: { day: '2026-11-25', time: '18:00', titleIncludes: 'შეხვედრა', notInTitle: ['ოთხშაბათ', 'საღამოს', 'ექვს'] } },
    note: 'Wednesday ("otkhshabati", which begins with "otkh", four) is tomorrow; six in the evening; a meeting with Nino.',
  },
  { skill: 'light', say: 'შუქი აანთე', expect: { light: { on: true } } },
  { skill: 'light', say: 'შუქი იისფერი გახადე', expect: { light: { on: true, colour: 'purple' } }, note: '"iisperi" (violet) is the everyday purple.' },
  { skill: 'volume', say: 'ცოტა ხმას დაუწიე', expect: { volume: 'down' } },
  { skill: 'media', say: 'მუსიკა გააჩერე', expect: { playing: false } },
  { skill: 'datetime', say: 'ახლა რომელი საათია', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['მაღვიძარა დამიყენე', 'დილის რვა საათზე'],
    expect: { alarm: '08:00' },
    note: 'The assistant asks for the time; the answer is eight in the morning.',
  },
];

export default commands;
