// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** he-IL: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'תעיר אותי מחר בשבע בבוקר',
    expect: { alarm: { time: '07:00', day: '2026-11-25' } },
  },
  {
    skill: 'alarm',
    say: 'תשים לי שעון מעורר לעשר ורבע בערב',
    expect: { alarm: '22:15' },
    note: 'A quarter past ten in the evening.',
  },
  { skill: 'timer', say: 'תפעיל טיימר של עשרים דקות', expect: { timer: 1200 } },
  { skill: 'timer', say: 'תשים טיימר של 7 דקות', expect: { timer: 420 } },
  {
    skill: 'list',
    say: 'תוסיף קפה וסוכר לרשימת הקניות',
    expect: { listItems: ['קפה', 'סוכר'] },
    note: 'Coffee and sugar; "וסוכר" carries the prefix vav ("and").',
  },
  {
    skill: 'calendar',
    say: 'תקבע פגישה עם רופא השיניים ביום רביעי בשלוש אחרי הצהריים',
    expect: {
      event: { day: '2026-11-25', time: '15:00', titleIncludes: 'רופא', notInTitle: ['רביעי', 'שלוש', 'צהריים'] },
    },
    note: 'Wednesday is tomorrow; three in the afternoon is 15:00.',
  },
  { skill: 'light', say: 'תדליק את האור', expect: { light: { on: true } } },
  { skill: 'light', say: 'תשנה את האור לכתום', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'תנמיך קצת את הווליום', expect: { volume: 'down' } },
  { skill: 'media', say: 'תעצור את השיר', expect: { playing: false } },
  { skill: 'datetime', say: 'מה השעה עכשיו', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['תכוון שעון מעורר', 'רבע לשבע בבוקר'],
    expect: { alarm: '06:45' },
    note: 'The assistant asks for the time; "רבע לשבע" is a quarter to seven.',
  },
];

export default commands;
