// Fourth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** tr-TR: fourth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'yarın sabah yedide uyandır beni', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'gece on bire alarm kur', expect: { alarm: '23:00' } },
  { skill: 'timer', say: '25 dakikalık bir zamanlayıcı başlat', expect: { timer: 1500 } },
  { skill: 'list', say: 'alışveriş listesine deterjan ekle', expect: { listItems: ['deterjan'] } },
  { skill: 'calendar', say: 'takvime cuma öğleden sonra üçte doktor randevusu ekle', expect: { event: { day: '2026-11-27', time: '15:00', titleIncludes: 'doktor', notInTitle: ['cuma', 'öğleden', 'üçte'] } } },
  { skill: 'light', say: 'ışıkların parlaklığını artır', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'ışıkları sarı yap', expect: { light: { on: true, colour: 'yellow' } } },
  { skill: 'volume', say: 'sesi biraz daha aç', expect: { volume: 'up' } },
  { skill: 'media', say: 'bana bir şarkı çal', expect: { playing: true } },
  { skill: 'math', say: 'yüz yirmi eksi kırk yedi kaç eder', expect: { math: '73' } },
  { skill: 'datetime', say: 'şu an saat kaç', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['alışveriş listesine bir şey ekle', 'müziği durdur'], expect: { playing: false } },
];
export default commands;
