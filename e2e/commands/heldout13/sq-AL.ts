// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** sq-AL: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'më zgjo në orën shtatë pa një çerek në mëngjes', expect: { alarm: '06:45' }, note: '"shtatë pa një çerek" is seven less a quarter, 06:45.' },
  { skill: 'alarm', say: 'vendos alarmin të dielën në nëntë e gjysmë të mëngjesit', expect: { alarm: { time: '09:30', day: '2026-11-29' } }, note: '"të dielën" is on Sunday; "nëntë e gjysmë" is half past nine.' },
  { skill: 'timer', say: 'nis një kohëmatës për një orë e dyzet minuta', expect: { timer: 6000 } },
  { skill: 'timer', say: 'vendos timerin për nëntëdhjetë sekonda', expect: { timer: 90 } },
  { skill: 'list', say: 'shto në listën e pazarit qumësht domate dhe djathë', expect: { listItems: ['qumësht', 'domate', 'djathë'] }, note: '"lista e pazarit" is the colloquial shopping list.' },
  { skill: 'calendar', say: 'shto në kalendar drekë me arbenin nesër në orën dymbëdhjetë e dyzet', expect: { event: { day: '2026-11-25', time: '12:40', titleIncludes: 'drek', notInTitle: ['nesër', 'orën', 'dymbëdhjetë', 'dyzet'] } }, note: '"drekë me arbenin" is lunch with Arben; "dymbëdhjetë e dyzet" is 12:40.' },
  { skill: 'light', say: 'fike dritën', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'ule pak ndriçimin', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'vendose volumin në pesëdhjetë', expect: { volume: 50 } },
  { skill: 'media', say: 'vazhdo muzikën', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'sa bëjnë njëzet e pesë plus shtatëmbëdhjetë', expect: { math: '42' }, note: '"njëzet e pesë" is twenty-five; 25 + 17.' },
  { skill: 'followup', say: ['shto diçka në listën e pazarit', 'fik dritat'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
