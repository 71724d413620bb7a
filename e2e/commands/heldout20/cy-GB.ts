// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** cy-GB: twentieth held-out natural commands (Welsh). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'deffra fi am chwarter i saith bore dydd llun nesa', expect: { alarm: { time: '06:45', day: '2026-11-30' } }, note: '"Chwarter i saith" is 06:45; "dydd llun nesa" is next Monday, 30 November.' },
  { skill: 'alarm', say: 'gosod larwm am hanner awr wedi deg heno', expect: { alarm: '22:30' }, note: '"Heno" is tonight, so half past ten is 22:30.' },
  { skill: 'timer', say: 'amserydd am dri munud a phymtheg eiliad', expect: { timer: 195 }, note: 'Mutated numbers: "dri" is "tri" (three) after "am", "phymtheg" is "pymtheg" (fifteen) after "a": 3 min 15 s.' },
  { skill: 'timer', say: 'gosod amserydd am chwarter awr', expect: { timer: 900 } },
  { skill: 'list', say: 'rho olew olewydd ar y rhestr siopa', expect: { listItems: ['olew olewydd'] }, note: '"Olew olewydd" is olive oil.' },
  { skill: 'calendar', say: "rho swper gyda siân yn y calendr nos yfory am saith o'r gloch", expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'swper', notInTitle: ['yfory', 'nos', 'saith', 'gloch'] } }, note: '"Nos yfory" is tomorrow evening, so seven o\'clock is 19:00; the title is "swper gyda siân".' },
  { skill: 'light', say: "pylu'r golau i dri deg y cant", expect: { light: { brightness: 30 } }, given: { light: 'on' }, note: '"Dri deg y cant" is thirty per cent (soft-mutated after "i").' },
  { skill: 'light', say: "gwna'r golau ychydig yn fwy llachar", expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: "troi'r sain i chwe deg", expect: { volume: 60 } },
  { skill: 'media', say: 'chwarae rhywfaint o gerddoriaeth', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'faint yw ugain y cant o gant a hanner', expect: { math: '30' }, note: '"Ugain y cant" is 20 per cent, "cant a hanner" (a hundred and a half) is 150: 20 % of 150 is 30.' },
  { skill: 'followup', say: ['gosod larwm', 'chwarter wedi chwech yn y bore'], expect: { alarm: '06:15' } },
];

export default commands;
