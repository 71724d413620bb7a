// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** el-GR: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ξύπνα με μεθαύριο στις εφτάμισι το πρωί', expect: { alarm: { time: '07:30', day: '2026-11-26' } }, note: '"μεθαύριο" is the day after tomorrow (Thursday 2026-11-26); "εφτάμισι" is half past seven.' },
  { skill: 'alarm', say: 'βάλε ξυπνητήρι στις έντεκα το βράδυ', expect: { alarm: '23:00' } },
  { skill: 'timer', say: 'βάλε χρονόμετρο για ενενήντα δευτερόλεπτα', expect: { timer: 90 } },
  { skill: 'timer', say: 'βάλε ένα χρονόμετρο για μισή ώρα', expect: { timer: 1800 } },
  { skill: 'list', say: 'βάλε χαρτί υγείας στη λίστα για τα ψώνια', expect: { listItems: ['χαρτί υγείας'] }, note: '"χαρτί υγείας" is toilet paper.' },
  { skill: 'calendar', say: 'βάλε στο ημερολόγιο φαγητό με τη μαρία αύριο το βράδυ στις οκτώ', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'φαγητό', notInTitle: ['αύριο', 'βράδυ', 'οκτώ'] } }, note: '"αύριο το βράδυ στις οκτώ" is tomorrow at 20:00.' },
  { skill: 'light', say: 'χαμήλωσε τα φώτα στο τριάντα τοις εκατό', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'δυνάμωσε λίγο το φως', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'βάλε την ένταση στο σαράντα', expect: { volume: 40 } },
  { skill: 'media', say: 'βάλε λίγη μουσική', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'πόσο κάνει εκατόν σαράντα τέσσερα διά δώδεκα', expect: { math: '12' }, note: '144 / 12 = 12.' },
  { skill: 'followup', say: ['βάλε ένα ξυπνητήρι', 'στις εφτά παρά τέταρτο το πρωί'], expect: { alarm: '06:45' }, note: '"εφτά παρά τέταρτο" is a quarter to seven: 06:45.' },
];

export default commands;
