// Sixth held-out set: written on 4 December 2026 by someone who had not read the failures or the code; run it once, blind, do not tune on it.
/** tr-TR: sixth held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'yarın sabah altı buçukta beni uyandır', expect: { alarm: { time: '06:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'akşam sekizde alarm kurar mısın', expect: { alarm: '20:00' } },
  { skill: 'timer', say: 'bana dört dakikalık bir zamanlayıcı kur', expect: { timer: 240 } },
  { skill: 'list', say: 'alışveriş listesine ekmek ve peynir ekle', expect: { listItems: ['ekmek', 'peynir'] } },
  {
    skill: 'calendar',
    say: 'takvime cuma günü saat on dörtte toplantı ekle',
    expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'toplantı', notInTitle: ['cuma', 'on dört', 'saat'] } },
  },
  { skill: 'light', say: 'ışıkları kapatır mısın', expect: { light: { on: false } } },
  { skill: 'light', say: 'ışıkları mor renge çevirir misin', expect: { light: { on: true, colour: 'purple' } } },
  { skill: 'volume', say: 'sesi biraz kısar mısın lütfen', expect: { volume: 'down' } },
  { skill: 'media', say: 'müziği devam ettir', expect: { playing: true } },
  { skill: 'math', say: 'otuz altı bölü dört kaç eder', expect: { math: '9' } },
  { skill: 'datetime', say: 'bugün ayın kaçı acaba', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  {
    skill: 'followup',
    say: ['zamanlayıcı kurar mısın', 'yirmi beş dakika'],
    expect: { timer: 1500 },
    note: 'The assistant asks for the length; the second turn answers it.',
  },
];

export default commands;
