// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** ms-MY: eighth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'kejutkan saya esok pukul tujuh pagi',
    expect: { alarm: { time: '07:00', day: '2026-11-25' } },
    note: '"esok" is tomorrow.',
  },
  {
    skill: 'alarm',
    say: 'tolong pasang alarm pukul lapan setengah malam',
    expect: { alarm: '20:30' },
    note: '"lapan setengah malam" is half past eight at night.',
  },
  { skill: 'timer', say: 'pasang pemasa lima belas minit', expect: { timer: 900 } },
  { skill: 'timer', say: 'pasang pemasa 45 saat', expect: { timer: 45 } },
  {
    skill: 'list',
    say: 'tambah telur dan gula dalam senarai beli-belah',
    expect: { listItems: ['telur', 'gula'] },
    note: 'Eggs and sugar.',
  },
  {
    skill: 'calendar',
    say: 'masukkan dalam kalendar temu janji doktor gigi hari sabtu pukul sepuluh pagi',
    expect: {
      event: { day: '2026-11-28', time: '10:00', titleIncludes: 'doktor', notInTitle: ['sabtu', 'pukul', 'sepuluh', 'pagi'] },
    },
    note: 'A dentist appointment on Saturday at ten in the morning.',
  },
  { skill: 'light', say: 'tolong buka lampu', expect: { light: { on: true } } },
  { skill: 'light', say: 'tukar lampu jadi warna ungu', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'kecilkan suara sikit', expect: { volume: 'down' } },
  { skill: 'media', say: 'hentikan muzik sekejap', expect: { playing: false } },
  { skill: 'datetime', say: 'pukul berapa sekarang', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['pasang alarm', 'pukul tujuh suku pagi'],
    expect: { alarm: '07:15' },
    note: 'The assistant asks for the time; "tujuh suku" is a quarter past seven.',
  },
];

export default commands;
