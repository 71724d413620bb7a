// Fifteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** am-ET: fifteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ከጠዋቱ አንድ ሰዓት ከሩብ ላይ ቀስቅሰኝ', expect: { alarm: '07:15' }, note: 'Ethiopian time: hours count from 6 am, so "ከጠዋቱ አንድ ሰዓት" is 07:00 and "ከሩብ" adds a quarter: 07:15.' },
  { skill: 'alarm', say: 'ሐሙስ ጠዋት አስራ ሁለት ሰዓት ተኩል ላይ ማንቂያ አዘጋጅልኝ', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: 'Ethiopian time: "ጠዋት አስራ ሁለት ሰዓት" is 06:00 (the twelfth hour of the night ends at dawn), "ተኩል" is half past: 06:30 on Thursday.' },
  { skill: 'timer', say: 'የ45 ደቂቃ ታይመር አዘጋጅልኝ', expect: { timer: 2700 } },
  { skill: 'timer', say: 'ታይመር ለአንድ ሰዓት ከሃያ ደቂቃ አስቀምጥ', expect: { timer: 4800 }, note: 'A duration, not a clock time: one hour and twenty minutes.' },
  { skill: 'list', say: 'የገበያ ዝርዝሬ ላይ ሽንኩርት ቲማቲም እና ዘይት ጨምርልኝ', expect: { listItems: ['ሽንኩርት', 'ቲማቲም', 'ዘይት'] } },
  { skill: 'calendar', say: 'ካሌንደሬ ላይ አርብ ከቀኑ ዘጠኝ ሰዓት የዶክተር ቀጠሮ ያዝልኝ', expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'ዶክተር', notInTitle: ['አርብ', 'ከቀኑ', 'ዘጠኝ', 'ሰዓት'] } }, note: 'Ethiopian time: "ከቀኑ ዘጠኝ ሰዓት" (the ninth hour of the day) is 15:00.' },
  { skill: 'light', say: 'መብራቱን አጥፋው', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'መብራቱን ወደ አረንጓዴ ቀይረው', expect: { light: { colour: 'green' } } },
  { skill: 'volume', say: 'ድምፁን ትንሽ ቀንሰው', expect: { volume: 'down' } },
  { skill: 'media', say: 'ሙዚቃውን ለአፍታ አቁመው', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'አስራ ሁለት ጊዜ ሰባት ስንት ነው', expect: { math: '84' } },
  { skill: 'followup', say: ['ማንቂያ አዘጋጅልኝ', 'መብራቱን አብራልኝ'], expect: { light: { on: true } }, given: { light: 'off' } },
];

export default commands;
