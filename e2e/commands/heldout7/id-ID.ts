// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/** id-ID: seventh held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  {
    skill: 'alarm',
    say: 'bangunin aku besok jam lima pagi',
    expect: { alarm: { time: '05:00', day: '2026-11-25' } },
    note: 'Colloquial "bangunin" (wake up, transitive); "besok" is tomorrow.',
  },
  {
    skill: 'alarm',
    say: 'setel alarm jam setengah tujuh pagi',
    expect: { alarm: '06:30' },
    note: '"setengah tujuh" is half to seven: 06:30.',
  },
  { skill: 'timer', say: 'tolong pasang timer dua puluh menit', expect: { timer: 1200 } },
  { skill: 'timer', say: 'nyalain timer 45 menit', expect: { timer: 2700 } },
  { skill: 'list', say: 'tambahin gula dan kopi ke daftar belanja', expect: { listItems: ['gula', 'kopi'] } },
  {
    skill: 'calendar',
    say: 'masukin rapat ke kalender hari rabu jam dua siang',
    expect: { event: { day: '2026-11-25', time: '14:00', titleIncludes: 'rapat', notInTitle: ['rabu', 'dua', 'siang'] } },
    note: '"rapat" is a meeting; "jam dua siang" is two in the afternoon; Wednesday is 2026-11-25.',
  },
  { skill: 'light', say: 'tolong nyalain lampu kamar dong', expect: { light: { on: true } } },
  { skill: 'light', say: 'ganti warna lampunya jadi oranye', expect: { light: { on: true, colour: 'orange' } } },
  { skill: 'volume', say: 'kecilin suaranya dikit', expect: { volume: 'down' } },
  { skill: 'media', say: 'stop dulu musiknya', expect: { playing: false } },
  { skill: 'datetime', say: 'sekarang jam berapa', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  {
    skill: 'followup',
    say: ['bikin alarm dong', 'jam tujuh pagi'],
    expect: { alarm: '07:00' },
    note: 'The assistant asks for the time; the second turn answers it.',
  },
];

export default commands;
