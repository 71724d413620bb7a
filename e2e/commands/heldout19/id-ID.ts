// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** id-ID: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'bangunin aku senin depan jam setengah tujuh pagi', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: 'Indonesian "setengah tujuh" is half an hour before seven: 06:30. "senin depan" is next Monday, 2026-11-30.' },
  { skill: 'alarm', say: 'setel alarm jam setengah sepuluh malam', expect: { alarm: '21:30' }, note: '"setengah sepuluh malam" is half past nine at night: 21:30.' },
  { skill: 'timer', say: 'pasang timer satu menit empat puluh lima detik', expect: { timer: 105 }, note: '1 min 45 s = 105 s.' },
  { skill: 'timer', say: 'pasang timer seperempat jam ya', expect: { timer: 900 } },
  { skill: 'list', say: 'tambahin minyak goreng ke daftar belanja', expect: { listItems: ['minyak goreng'] }, note: '"minyak goreng" is cooking oil.' },
  { skill: 'calendar', say: 'masukin ke kalender makan malam sama budi besok jam tujuh malam', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'makan malam', notInTitle: ['besok', 'jam', 'tujuh'] } }, note: '"besok jam tujuh malam" is tomorrow at 19:00; "malam" is not in notInTitle because the title "makan malam" (dinner) has it.' },
  { skill: 'light', say: 'redupin lampunya jadi 30 persen', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'terangin dikit lampunya', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'setel volume ke dua puluh lima', expect: { volume: 25 } },
  { skill: 'media', say: 'putar musik dong', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'berapa dua puluh persen dari seratus lima puluh', expect: { math: '30' }, note: '20 % of 150 = 30.' },
  { skill: 'followup', say: ['pasang alarm', 'jam enam lewat seperempat pagi'], expect: { alarm: '06:15' } },
];

export default commands;
