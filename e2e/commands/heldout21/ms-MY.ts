// Twenty-first held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ms-MY: twenty-first held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'kejutkan saya lusa pukul tujuh pagi', expect: { alarm: { time: '07:00', day: '2026-11-26' } }, note: '"lusa" is the day after tomorrow: Thu 26 Nov.' },
  { skill: 'alarm', say: 'set alarm pukul sembilan setengah malam', expect: { alarm: '21:30' }, note: '"sembilan setengah malam" is half past nine at night: 21:30.' },
  { skill: 'timer', say: 'set timer dua minit tiga puluh saat', expect: { timer: 150 } },
  { skill: 'timer', say: 'pasang pemasa setengah jam', expect: { timer: 1800 }, note: '"setengah jam" is half an hour.' },
  { skill: 'list', say: 'tambah minyak zaitun dalam senarai belanja', expect: { listItems: ['minyak zaitun'] }, note: '"minyak zaitun" is olive oil, one item.' },
  { skill: 'calendar', say: 'masukkan makan malam dengan aisyah esok pukul lapan malam dalam kalendar', expect: { event: { day: '2026-11-25', time: '20:00', titleIncludes: 'makan malam', notInTitle: ['esok', 'pukul', 'lapan'] } }, note: '"malam" belongs to the title ("makan malam" is dinner) as well as to the time, so it is not in notInTitle.' },
  { skill: 'light', say: 'malapkan lampu ke 30 peratus', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'cerahkan lampu sikit', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'tukar volume ke dua puluh', expect: { volume: 20 } },
  { skill: 'media', say: 'mainkan muzik', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'seratus empat puluh empat bahagi dua belas berapa', expect: { math: '12' } },
  { skill: 'followup', say: ['set alarm', 'pukul enam suku pagi'], expect: { alarm: '06:15' }, note: 'Malay "enam suku" is a quarter past six: 06:15.' },
];

export default commands;
