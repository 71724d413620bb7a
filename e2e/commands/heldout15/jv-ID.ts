// Fifteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** jv-ID: fifteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'gugahen aku jam setengah enem esuk', expect: { alarm: '05:30' }, note: '"setengah enem" is half before six: 05:30.' },
  { skill: 'alarm', say: 'setel alarm dina setu jam pitu esuk', expect: { alarm: { time: '07:00', day: '2026-11-28' } }, note: '"setu" is Saturday.' },
  { skill: 'timer', say: 'pasang timer rolas menit', expect: { timer: 720 } },
  { skill: 'timer', say: 'setel timer rong jam sepuluh menit', expect: { timer: 7800 } },
  { skill: 'list', say: 'tambahna endhog gula lan kopi neng daftar blanja', expect: { listItems: ['endhog', 'gula', 'kopi'] } },
  { skill: 'calendar', say: 'catet neng kalender arisan dina kemis jam papat sore', expect: { event: { day: '2026-11-26', time: '16:00', titleIncludes: 'arisan', notInTitle: ['kemis', 'jam', 'papat', 'sore'] } }, note: '"kemis" is Thursday; "jam papat sore" is four in the afternoon: 16:00.' },
  { skill: 'light', say: 'pateni lampune', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'ganti lampune dadi ungu', expect: { light: { colour: 'purple' } } },
  { skill: 'volume', say: 'setel volume dadi patang puluh', expect: { volume: 40 } },
  { skill: 'media', say: 'terusna lagune', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'selawe tambah wolulas pira', expect: { math: '43' }, note: '"selawe" is 25, "wolulas" is 18.' },
  { skill: 'followup', say: ['pasangna alarm', 'swarane cilikna sithik'], expect: { volume: 'down' } },
];

export default commands;
