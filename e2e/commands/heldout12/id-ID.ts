// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** id-ID: twelfth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'bangunin aku jam enam lewat dua puluh pagi', expect: { alarm: '06:20' }, note: 'lewat = past; bangunin = colloquial wake (me) up' },
  { skill: 'alarm', say: 'pasang alarm hari sabtu jam setengah delapan', expect: { alarm: { time: '07:30', day: '2026-11-28' } }, note: 'setengah delapan = half to eight = 07:30' },
  { skill: 'timer', say: 'pasang timer satu jam tiga puluh lima menit', expect: { timer: 5700 } },
  { skill: 'timer', say: 'pasang timer tiga puluh detik', expect: { timer: 30 } },
  { skill: 'list', say: 'tambahin telur gula sama minyak goreng ke daftar belanja', expect: { listItems: ['telur', 'gula', 'minyak goreng'] }, note: 'sama = and (colloquial); minyak goreng (cooking oil) is one item' },
  { skill: 'calendar', say: 'jadwalkan makan siang sama budi besok jam setengah satu', expect: { event: { day: '2026-11-25', time: '12:30', titleIncludes: 'budi', notInTitle: ['besok', 'setengah', 'jam'] } }, note: 'setengah satu = 12:30 (lunch); siang belongs to makan siang (lunch), so it may stay in the title' },
  { skill: 'light', say: 'matiin lampunya', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'terangin lampunya dikit', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' }, note: 'colloquial: make the light a bit brighter' },
  { skill: 'volume', say: 'setel volumenya ke 20', expect: { volume: 20 } },
  { skill: 'media', say: 'lanjutin musiknya', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'berapa dua puluh tiga kali tiga', expect: { math: '69' } },
  { skill: 'followup', say: ['tambahin sesuatu ke daftar belanja', 'matiin lampu'], expect: { light: { on: false } }, given: { light: 'on' }, note: 'the second turn overtakes the pending what-to-add question' },
];

export default commands;
