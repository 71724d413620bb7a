// Held-out set: written after the dialogue fixes, never used to fix anything; run it, do not tune on it.
/** tr-TR: held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'yarın sabah altı buçukta uyandır beni', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'akşam sekize alarm kur', expect: { alarm: '20:00' } },
  { skill: 'timer', say: 'beş dakikalık zamanlayıcı kur', expect: { timer: 300 } },
  { skill: 'list', say: 'alışveriş listesine domates ekle', expect: { listItems: ['domates'] } },
  { skill: 'calendar', say: 'perşembe saat on dörtte toplantı ekle', expect: { event: { day: '2026-11-26', time: '14:00', titleIncludes: 'toplantı', notInTitle: ['perşembe', 'saat'] } } },
  { skill: 'light', say: 'lambayı yak', expect: { light: { on: true } } },
  { skill: 'light', say: 'ışıkların parlaklığını azalt', expect: { light: { brightness: 'down' } } },
  { skill: 'volume', say: 'sesi biraz yükselt', expect: { volume: 'up' } },
  { skill: 'media', say: 'biraz müzik aç', expect: { playing: true } },
  { skill: 'math', say: 'on beş çarpı dört kaç eder', expect: { math: '60' } },
  { skill: 'datetime', say: 'bugünün tarihi ne', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['bir alarm ayarla', 'sabah yedide'], expect: { alarm: '07:00' } },
];
export default commands;
