// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** he-IL: seventeenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'תכוון לי שעון מעורר ליום שני הבא בשבע וחצי בבוקר', expect: { alarm: { time: '07:30', day: '2026-11-30' } }, note: '"יום שני הבא" is next Monday, 2026-11-30.' },
  { skill: 'alarm', say: 'תשים שעון מעורר לתשע וחצי בערב', expect: { alarm: '21:30' }, note: '"תשע וחצי בערב" is half past nine in the evening.' },
  { skill: 'timer', say: 'טיימר לתשעים שניות', expect: { timer: 90 } },
  { skill: 'timer', say: 'תשים טיימר לרבע שעה', expect: { timer: 900 }, note: '"רבע שעה" is a quarter of an hour.' },
  { skill: 'list', say: 'תוסיף נייר טואלט לרשימת הקניות', expect: { listItems: ['נייר טואלט'] }, note: 'One item, toilet paper.' },
  { skill: 'calendar', say: 'תקבע ביומן פגישה עם דנה מחר בשבע בערב', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'דנה', notInTitle: ['מחר', 'שבע', 'ערב'] } }, note: '"מחר בשבע בערב" is tomorrow at 7 pm; the title is a meeting with Dana.' },
  { skill: 'light', say: 'תעמעם את האור לשלושים אחוז', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'תגביר קצת את האור', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'תשים את הווליום על עשרים', expect: { volume: 20 } },
  { skill: 'media', say: 'תשים מוזיקה', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'כמה זה תשעים ושש חלקי שמונה', expect: { math: '12' }, note: '96 divided by 8 = 12.' },
  { skill: 'followup', say: ['תכוון שעון מעורר', 'לשש ורבע בבוקר'], expect: { alarm: '06:15' }, note: '"שש ורבע בבוקר" is a quarter past six in the morning.' },
];

export default commands;
