// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** tr-TR: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'beni yarın sabah yedide uyandır', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'sabah altıyı çeyrek geçe alarm kur', expect: { alarm: '06:15' } },
  { skill: 'timer', say: 'on dakikalık bir zamanlayıcı kur', expect: { timer: 600 } },
  { skill: 'list', say: 'alışveriş listesine domates ve soğan ekle', expect: { listItems: ['domates', 'soğan'] } },
  { skill: 'calendar', say: 'cuma günü saat on dörtte doktor randevusu ekle', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'doktor', notInTitle: ['cuma', 'saat'] } } },
  { skill: 'light', say: 'ışıkları kapat', expect: { light: { on: false } } },
  { skill: 'light', say: 'ışığı yeşile çevir', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'volume', say: 'sesi biraz kıs', expect: { volume: 'down' } },
  { skill: 'media', say: 'müziği durdur', expect: { playing: false } },
  { skill: 'math', say: 'on beş kere dört kaç', expect: { math: '60' } },
  { skill: 'datetime', say: 'saat kaç oldu', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['bir zamanlayıcı kur', 'on beş dakika'], expect: { timer: 900 } },
];
export default commands;
