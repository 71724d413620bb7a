// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ms-MY: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'kejutkan saya pukul tujuh kurang suku pagi', expect: { alarm: '06:45' }, note: '"tujuh kurang suku" is seven less a quarter, 06:45.' },
  { skill: 'alarm', say: 'set alarm hari sabtu pukul sembilan pagi', expect: { alarm: { time: '09:00', day: '2026-11-28' } } },
  { skill: 'timer', say: 'set timer satu jam tiga puluh lima minit', expect: { timer: 5700 } },
  { skill: 'timer', say: 'pasang timer setengah jam', expect: { timer: 1800 } },
  { skill: 'list', say: 'tambah beras gula dan minyak masak dalam senarai beli belah', expect: { listItems: ['beras', 'gula', 'minyak masak'] }, note: '"minyak masak" (cooking oil) is one item.' },
  { skill: 'calendar', say: 'masukkan dalam kalendar lunch dengan aisyah esok pukul satu suku tengah hari', expect: { event: { day: '2026-11-25', time: '13:15', titleIncludes: 'aisyah', notInTitle: ['esok', 'pukul', 'suku', 'tengah hari'] } }, note: '"pukul satu suku tengah hari" is a quarter past one in the early afternoon, 13:15; "esok" is tomorrow.' },
  { skill: 'light', say: 'tolong tutup lampu', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'terangkan lagi lampu', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'set volume kepada 45', expect: { volume: 45 } },
  { skill: 'media', say: 'sambung main lagu tadi', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'berapa dua belas darab tujuh', expect: { math: '84' } },
  { skill: 'followup', say: ['tolong tambah sesuatu dalam senarai beli belah saya', 'tutup lampu'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
