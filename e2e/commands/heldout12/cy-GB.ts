// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** cy-GB: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'gosod larwm am ugain munud i wyth yn y bore', expect: { alarm: '07:40' }, note: 'ugain munud i wyth = twenty minutes to eight' },
  { skill: 'alarm', say: 'gosod larwm ar gyfer dydd sul am hanner awr wedi chwech', expect: { alarm: { time: '06:30', day: '2026-11-29' } }, note: 'dydd sul = Sunday; hanner awr wedi chwech = half past six' },
  { skill: 'timer', say: 'gosod amserydd am awr ac ugain munud', expect: { timer: 4800 }, note: 'awr = an hour' },
  { skill: 'timer', say: 'rho timer ymlaen am hanner awr', expect: { timer: 1800 } },
  { skill: 'list', say: 'ychwanega wyau bara ac afalau at y rhestr siopa', expect: { listItems: ['wyau', 'bara', 'afalau'] }, note: 'ac = and (before a vowel)' },
  { skill: 'calendar', say: 'rho ginio gyda dafydd yn y calendr fory am chwarter wedi deuddeg', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'dafydd', notInTitle: ['fory', 'chwarter', 'deuddeg'] } }, note: 'ginio is cinio (lunch) soft-mutated; fory = tomorrow; chwarter wedi deuddeg = 12:15' },
  { skill: 'light', say: 'diffodd y golau', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'rho fwy o olau plis', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: 'give more light (fwy, olau: mutated mwy, golau)' },
  { skill: 'volume', say: 'gosod y sain ar hanner cant', expect: { volume: 50 }, note: 'sain = sound; hanner cant = fifty' },
  { skill: 'media', say: "chwarae'r miwsig eto", expect: { playing: true }, given: { playing: false }, note: 'play the music again (after a pause)' },
  { skill: 'math', say: 'faint yw saith deg tri plws dau ddeg pump', expect: { math: '98' }, note: 'decimal Welsh numerals: saith deg tri = 73, dau ddeg pump = 25' },
  { skill: 'followup', say: ['ychwanega rywbeth at fy rhestr siopa', 'diffodd y golau plis'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
