// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** el-GR: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'ξύπνησέ με στις εφτά παρά είκοσι το πρωί', expect: { alarm: '06:40' }, note: '"εφτά παρά είκοσι" = twenty to seven = 06:40; "εφτά" is the colloquial επτά.' },
  { skill: 'alarm', say: 'βάλε ξυπνητήρι για την κυριακή στις εννιάμισι το πρωί', expect: { alarm: { time: '09:30', day: '2026-11-29' } }, note: '"εννιάμισι" = half past nine, one word.' },
  { skill: 'timer', say: 'βάλε χρονόμετρο για μία ώρα και δέκα λεπτά', expect: { timer: 4200 } },
  { skill: 'timer', say: 'βάλε ένα τάιμερ για 45 δευτερόλεπτα', expect: { timer: 45 } },
  { skill: 'list', say: 'πρόσθεσε γάλα ψωμί και ντομάτες στη λίστα με τα ψώνια', expect: { listItems: ['γάλα', 'ψωμί', 'ντομάτες'] } },
  { skill: 'calendar', say: 'βάλε στο ημερολόγιο μεσημεριανό με τη μαρία αύριο στις δύο παρά τέταρτο', expect: { event: { day: '2026-11-25', time: '13:45', titleIncludes: 'μαρία', notInTitle: ['αύριο', 'δύο', 'τέταρτο'] } }, note: '"δύο παρά τέταρτο" = quarter to two; a lunch ("μεσημεριανό") makes it 13:45.' },
  { skill: 'light', say: 'κλείσε το φως', expect: { light: { on: false } }, given: { light: 'on' }, note: 'Greeks "close" the light as often as they "extinguish" (σβήσε) it.' },
  { skill: 'light', say: 'δυνάμωσε λίγο το φως', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: '"δυνάμωσε" = make stronger, i.e. brighter here.' },
  { skill: 'volume', say: 'βάλε την ένταση στο σαράντα', expect: { volume: 40 } },
  { skill: 'media', say: 'συνέχισε τη μουσική', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'πόσο κάνει δεκατρία επί τέσσερα', expect: { math: '52' } },
  { skill: 'followup', say: ['πρόσθεσε κάτι στη λίστα με τα ψώνια', 'σβήσε τα φώτα'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
