/** tr-TR: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Alarmlar
  { skill: 'alarm', say: 'sabah 6 15 için alarm kur', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'yarın sabah yedi buçuğa alarm kur', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'akşam 6 buçuk için alarm kur', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'beni altıya çeyrek kala uyandır', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'gece onu çeyrek geçe alarm kur', expect: { alarm: '22:15' } },
  // Zamanlayıcılar
  { skill: 'timer', say: 'zamanlayıcı 25 dakika', expect: { timer: 1500 } },
  { skill: 'timer', say: 'on dakikalık zamanlayıcı kur', expect: { timer: 600 } },
  { skill: 'timer', say: 'bir buçuk saatlik zamanlayıcı başlat', expect: { timer: 5400 } },
  // Listeler
  { skill: 'list', say: 'alışveriş listesine süt ekle', expect: { listItems: ['süt'] } },
  { skill: 'list', say: 'alışveriş listeme elma ve armut ekle', expect: { listItems: ['elma', 'armut'] } },
  { skill: 'list', say: 'listeye yumurta ve tereyağı ekle', expect: { listItems: ['yumurta', 'tereyağı'] } },
  // Takvim
  { skill: 'calendar', say: 'perşembe öğleden sonra dört buçukta dişçi ekle', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'dişçi', notInTitle: ['perşembe', 'öğleden', 'buçuk'] } } },
  { skill: 'calendar', say: 'yarın saat onda ayşe ile toplantı ayarla', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'toplantı', notInTitle: ['yarın', 'saat', 'onda'] } } },
  { skill: 'calendar', say: 'cuma günü on iki buçukta tom ile öğle yemeğini takvime ekle', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'öğle yemeğ', notInTitle: ['cuma', 'buçuk', 'takvim'] } } },
  // Işıklar
  { skill: 'light', say: 'ışıkları aç', expect: { light: { on: true } } },
  { skill: 'light', say: 'ışığı kapat', expect: { light: { on: false } } },
  { skill: 'light', say: 'ışığı biraz kıs', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'ışığı daha parlak yap', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'ışığı yeşil yap', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'lambayı maviye çevir', expect: { light: { on: true, colour: 'blue' } } },
  // Ses
  { skill: 'volume', say: 'sesi biraz aç', expect: { volume: 'up' } },
  { skill: 'volume', say: 'sesi kıs', expect: { volume: 'down' } },
  { skill: 'volume', say: 'ses seviyesini otuz yap', expect: { volume: 30 } },
  // Müzik
  { skill: 'media', say: 'müzik çal', expect: { playing: true } },
  { skill: 'media', say: 'müziği duraklat', expect: { playing: false } },
  // Hesap
  { skill: 'math', say: '7 çarpı 7 kaç eder', expect: { math: '49' } },
  { skill: 'math', say: 'on beş artı yirmi yedi kaç', expect: { math: '42' } },
  // Saat ve tarih
  { skill: 'datetime', say: 'saat kaç', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'bugün ayın kaçı', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Konuşmalar
  { skill: 'followup', say: ['alarm kur', 'sabah yedi'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['zamanlayıcı kur', 'beş dakika'], expect: { timer: 300 } },
  { skill: 'followup', say: ['alışveriş listesine ekle', 'ışıkları kapat'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
