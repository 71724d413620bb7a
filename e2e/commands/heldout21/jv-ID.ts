// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** jv-ID: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'setel alarm dina senen minggu ngarep jam setengah enem esuk', expect: { alarm: { time: '05:30', day: '2026-11-30' } }, note: 'Javanese "setengah enem" is half before six: 05:30. "senen minggu ngarep" is Monday of next week, 30 Nov.' },
  { skill: 'alarm', say: 'pasang alarm jam sepuluh bengi', expect: { alarm: '22:00' }, note: '"jam sepuluh bengi" is ten at night.' },
  { skill: 'timer', say: 'pasang timer sangang puluh detik', expect: { timer: 90 } },
  { skill: 'timer', say: 'setel timer seprapat jam', expect: { timer: 900 }, note: '"seprapat jam" is a quarter of an hour.' },
  { skill: 'list', say: 'tambahno kecap manis neng daftar belanja', expect: { listItems: ['kecap manis'] }, note: '"kecap manis" (sweet soy sauce) is one item.' },
  { skill: 'calendar', say: 'catet neng kalender ketemuan karo budi sesuk bengi jam pitu', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'ketemuan', notInTitle: ['sesuk', 'bengi', 'jam', 'pitu'] } }, note: '"sesuk bengi jam pitu" is tomorrow at seven in the evening.' },
  { skill: 'light', say: 'lampune diredupke dadi 30 persen', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'padhangke lampune sithik', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'volumene dadi rong puluh', expect: { volume: 20 } },
  { skill: 'media', say: 'puterke musik', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'satus patang puluh papat dibagi rolas pira', expect: { math: '12' } },
  { skill: 'followup', say: ['setel alarm', 'jam enem luwih seprapat esuk'], expect: { alarm: '06:15' }, note: '"enem luwih seprapat" is six and a quarter: 06:15.' },
];

export default commands;
