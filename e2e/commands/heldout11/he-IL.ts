// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** he-IL: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'תעיר אותי ברבע לשבע בבוקר', expect: { alarm: '06:45' }, note: '"רבע לשבע" = quarter to seven = 06:45.' },
  { skill: 'alarm', say: 'תכוון שעון מעורר ליום חמישי בשבע וחצי בבוקר', expect: { alarm: { time: '07:30', day: '2026-11-26' } } },
  { skill: 'timer', say: 'תפעיל טיימר לשעה וארבעים דקות', expect: { timer: 6000 }, note: '"לשעה" = for an hour (one hour, no number word).' },
  { skill: 'timer', say: 'תשים טיימר לחצי שעה', expect: { timer: 1800 } },
  { skill: 'list', say: 'תוסיף לרשימת הקניות חלב ביצים ולחם', expect: { listItems: ['חלב', 'ביצים', 'לחם'] }, note: '"ולחם" = "and bread": the conjunction ו is written attached; the item is לחם.' },
  { skill: 'calendar', say: 'תקבע לי מחר באחת ורבע ארוחת צהריים עם דני', expect: { event: { day: '2026-11-25', time: '13:15', titleIncludes: 'דני', notInTitle: ['מחר', 'באחת', 'רבע'] } }, note: '"באחת ורבע" = at quarter past one; lunch makes it 13:15.' },
  { skill: 'light', say: 'כבה את האור', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'תעמעם קצת את האור', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'תשים את הווליום על חמישים', expect: { volume: 50 }, note: '"ווליום" = volume (loanword, the usual spoken word).' },
  { skill: 'media', say: 'תמשיך לנגן את המוזיקה', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'כמה זה שלושים ועוד ארבעים וחמש', expect: { math: '75' }, note: '"ועוד" = plus.' },
  { skill: 'followup', say: ['תוסיף משהו לרשימת הקניות', 'תכבה את האור'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
