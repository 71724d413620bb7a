// Tenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** am-ET: tenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ነገ ጠዋት አስራ ሁለት ሰዓት ላይ ቀስቅሰኝ', expect: { alarm: { time: '06:00', day: '2026-11-25' } }, note: 'Ethiopian time, as Amharic is spoken: hours count from 06:00, so "twelve o\'clock in the morning" (ጠዋት አስራ ሁለት ሰዓት) is 06:00. ቀስቅሰኝ = wake me.' },
  { skill: 'alarm', say: 'ከምሽቱ አንድ ሰዓት ላይ አላርም አስቀምጥልኝ', expect: { alarm: '19:00' }, note: 'Ethiopian time: "one o\'clock in the evening" (ከምሽቱ አንድ ሰዓት) is 19:00.' },
  { skill: 'timer', say: 'የሃያ ደቂቃ ታይመር ጀምርልኝ', expect: { timer: 1200 }, note: 'ሃያ ደቂቃ = twenty minutes; ታይመር is the English loanword.' },
  { skill: 'timer', say: 'ታይመር ለ90 ሰከንድ ያዝልኝ', expect: { timer: 90 }, note: 'ለ90 = "for 90", the prefix ለ written onto the digits.' },
  { skill: 'list', say: 'ወተት እና ዳቦ የገበያ ዝርዝሩ ላይ ጨምርልኝ', expect: { listItems: ['ወተት', 'ዳቦ'] }, note: 'milk and bread; የገበያ ዝርዝር = market (shopping) list.' },
  {
    skill: 'calendar',
    say: 'ሐሙስ ከሰዓት በኋላ ዘጠኝ ሰዓት ላይ የጥርስ ሀኪም ቀጠሮ መዝግብልኝ',
    expect: { event: { day: '2026-11-26', time: '15:00', titleIncludes: 'ጥርስ', notInTitle: ['ሐሙስ', 'ከሰዓት', 'በኋላ', 'ዘጠኝ'] } },
    note: 'Thursday; Ethiopian time: "nine o\'clock in the afternoon" (ከሰዓት በኋላ ዘጠኝ ሰዓት) is 15:00. Title: dentist appointment (የጥርስ ሀኪም ቀጠሮ).',
  },
  { skill: 'light', say: 'መብራቱን አብራው', expect: { light: { on: true } } },
  { skill: 'light', say: 'መብራቱን ሰማያዊ አድርገው', expect: { light: { on: true, colour: 'blue' } }, note: 'ሰማያዊ = blue (sky-coloured).' },
  { skill: 'volume', say: 'ድምፁን ከፍ አድርገው', expect: { volume: 'up' }, note: 'raise the sound.' },
  { skill: 'media', say: 'ሙዚቃውን አቁም', expect: { playing: false } },
  { skill: 'datetime', say: 'አሁን ስንት ሰዓት ነው', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['አላርም ሙላልኝ', 'ከጠዋቱ አንድ ሰዓት ተኩል'], expect: { alarm: '07:30' }, note: 'አላርም ሙላ = set ("fill") an alarm. Ethiopian time: "half past one in the morning" (ከጠዋቱ አንድ ሰዓት ተኩል) is 07:30.' },
];

export default commands;
