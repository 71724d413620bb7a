// Third held-out set: written on 3 December 2026 by someone who had not read the failures; run it once, blind, do not tune on it.
/** tr-TR: third held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'yarın sabah beş buçukta kaldır beni', expect: { alarm: { time: '05:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'akşam dokuza çeyrek kala alarm kur', expect: { alarm: '20:45' }, note: 'dokuza çeyrek kala is a quarter to nine' },
  { skill: 'timer', say: '20 dakika geri sayım başlat', expect: { timer: 1200 } },
  { skill: 'list', say: 'alışveriş listesine ekmek ve peynir yaz', expect: { listItems: ['ekmek', 'peynir'] } },
  { skill: 'calendar', say: 'yarın öğlen on ikide kuaför randevumu takvime ekle', expect: { event: { day: '2026-11-25', time: '12:00', titleIncludes: 'kuaför', notInTitle: ['yarın', 'öğlen', 'takvim'] } } },
  { skill: 'light', say: 'lambayı söndür', expect: { light: { on: false } } },
  { skill: 'light', say: 'ışıkları mor yap', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'sesi yüzde kırka ayarla', expect: { volume: 40 } },
  { skill: 'media', say: 'şarkıyı durdur', expect: { playing: false } },
  { skill: 'math', say: '100 bölü 5 kaç', expect: { math: '20' } },
  { skill: 'datetime', say: 'bugün günlerden ne', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  { skill: 'followup', say: ['listeye bir şey ekle', 'müziği aç'], expect: { playing: true }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
