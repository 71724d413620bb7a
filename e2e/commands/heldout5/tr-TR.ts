// Fifth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** tr-TR: fifth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'yarın sabah beni yedide uyandırır mısın', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'akşam dokuz buçuğa alarm kur', expect: { alarm: '21:30' } },
  { skill: 'timer', say: '25 dakikalık bir zamanlayıcı kurar mısın', expect: { timer: 1500 } },
  { skill: 'list', say: 'alışveriş listesine yumurta ve süt ekle', expect: { listItems: ['yumurta', 'süt'] } },
  {
    skill: 'calendar',
    say: 'cuma sabah on birde toplantı var takvime ekler misin',
    expect: { event: { day: '2026-11-27', time: '11:00', titleIncludes: 'toplantı', notInTitle: ['cuma', 'sabah', 'on bir'] } },
  },
  { skill: 'light', say: 'ışıkları biraz kıs', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'ışığı mor yap', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'sesi bir tık açar mısın', expect: { volume: 'up' } },
  { skill: 'media', say: 'müziği bir durdur', expect: { playing: false } },
  { skill: 'math', say: 'yüz kırk dört bölü on iki kaç eder', expect: { math: '12' } },
  { skill: 'datetime', say: 'saat kaç acaba', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['bir alarm kur', 'sabah altı buçuk'], expect: { alarm: '06:30' } },
];

export default commands;
