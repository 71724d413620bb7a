// Fourteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** tr-TR: fourteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'sabah yediye çeyrek kala uyandır beni', expect: { alarm: '06:45' }, note: '"yediye çeyrek kala" is a quarter to seven: 06:45.' },
  { skill: 'alarm', say: 'cuma sabah altı buçuğa alarm kur', expect: { alarm: { time: '06:30', day: '2026-11-27' } } },
  { skill: 'timer', say: '20 dakikalık zamanlayıcı kur', expect: { timer: 1200 } },
  { skill: 'timer', say: 'bir saat on beş dakikaya zamanlayıcı kur', expect: { timer: 4500 } },
  { skill: 'list', say: 'alışveriş listesine domates peynir ve zeytin ekle', expect: { listItems: ['domates', 'peynir', 'zeytin'] } },
  { skill: 'calendar', say: 'takvime yarın öğleden sonra üçte ayşe ile toplantı ekle', expect: { event: { day: '2026-11-25', time: '15:00', titleIncludes: 'toplantı', notInTitle: ['yarın', 'öğleden', 'üçte'] } } },
  { skill: 'light', say: 'ışıkları aç', expect: { light: { on: true } }, given: { light: 'off' } },
  { skill: 'light', say: 'ışığı yeşil yap', expect: { light: { colour: 'green' } } },
  { skill: 'volume', say: 'sesi biraz kıs', expect: { volume: 'down' } },
  { skill: 'media', say: 'müziği durdur', expect: { playing: false }, given: { playing: true } },
  { skill: 'math', say: 'on üç çarpı üç kaç eder', expect: { math: '39' } },
  { skill: 'followup', say: ['alarm kur', 'boş ver müziği aç'], expect: { playing: true }, given: { playing: false }, note: '"boş ver" = never mind; the alarm question is dropped, music plays.' },
];

export default commands;
