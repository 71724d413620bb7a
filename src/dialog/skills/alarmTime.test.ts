/**
 * Alarm times and timer lengths read from the whole utterance when the NLU's slot is missing,
 * cut short or unreadable; half/quarter forms; wake-up hours in the morning. The clock is
 * fixed: Friday 14 March 2025, 10:00 local.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { understood as u, testDialog } from '../../../testing/dialog.ts';

const NOW = new Date(2025, 2, 14, 10, 0);
beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Minutes after midnight of 14 March of the one alarm set (tomorrow adds 1440), or its timer length. */
async function run(locale: string, text: string, slots: [string, string][] = []) {
  const { dialog } = testDialog();
  const turn = await dialog.handle(u('alarm_set', text, slots, locale));
  const alarm = dialog.state.getState().alarms[0];
  if (!alarm) return turn.reply.key;
  return alarm.kind === 'timer' ? { timer: alarm.seconds } : { at: (alarm.at - new Date(2025, 2, 14).getTime()) / 60_000 };
}
const at = (h: number, m: number, day = 0) => ({ at: day * 1440 + h * 60 + m });

describe('alarm times from the whole utterance', () => {
  it.each<[string, string, [string, string][], { at: number }]>([
    ['en-US', 'alarm for a quarter to eleven tonight', [['time', 'quarter to']], at(22, 45)],
    ['en-US', 'set an alarm for 11 45 pm', [], at(23, 45)],
    ['de-DE', 'wecker um dreiviertel neun abends', [['time', 'neun']], at(20, 45)],
    ['de-DE', 'wecker für 21 uhr 10', [['time', '21']], at(21, 10)],
    ['fr-FR', 'alarme à neuf heures moins le quart du soir', [['time', 'neuf heures']], at(20, 45)],
    ['fr-FR', 'alarme à 21h40', [], at(21, 40)],
    ['es-ES', 'alarma a las once menos cuarto de la noche', [['time', 'once']], at(22, 45)],
    // Two-word minutes before a day period: 45, not the 4 of its first digit.
    ['es-ES', 'pon la alarma a las seis y cuarenta y cinco de la mañana', [['time', 'seis y cuarenta y cinco de la mañana']], at(6, 45, 1)],
    ['es-ES', 'alarma a las seis y treinta y cinco de la tarde', [], at(18, 35)],
    ['it-IT', 'sveglia alle nove e un quarto di sera', [['time', 'nove e']], at(21, 15)],
    ['pt-PT', 'alarme para as nove e um quarto da noite', [['time', 'nove e']], at(21, 15)],
    ['zh-CN', '设一个晚上九点三刻的闹钟', [['time', '晚上九点']], at(21, 45)],
    ['ja-JP', '夜9時の10分前にアラーム', [['time', '前']], at(20, 50)],
    ['ko-KR', '밤 9시 10분 전에 알람', [['time', '9시 10분']], at(20, 50)],
    ['ru-RU', 'будильник на четверть десятого вечера', [['date', 'четверть'], ['time', 'десятого вечера']], at(21, 15)],
    ['sw-KE', 'weka kengele saa tatu na robo usiku', [['time', 'saa tatu']], at(21, 15)],
    ['tr-TR', 'akşam dokuz buçuğa alarm kur', [['time', 'dokuz']], at(21, 30)],
    ['tr-TR', 'akşam 9 20 için alarm kur', [['date', 'akşam']], at(21, 20)],
  ])('%s "%s" (slots %j)', async (locale, text, slots, expected) => {
    expect(await run(locale, text, slots)).toEqual(expected);
  });

  it.each<[string, string, { at: number }]>([
    ['en-US', 'wake me at 5 20', at(5, 20, 1)],
    ['de-DE', 'weck mich um viertel nach fünf', at(5, 15, 1)],
    ['nl-NL', 'maak me wakker om kwart over vijf', at(5, 15, 1)],
    ['pl-PL', 'obudź mnie o 5 50', at(5, 50, 1)],
    ['tr-TR', 'beni beşe çeyrek kala uyandır', at(4, 45, 1)],
  ])('a wake-up at an early undecided hour is in the morning: %s "%s"', async (locale, text, expected) => {
    expect(await run(locale, text)).toEqual(expected);
  });

  it('keeps a later undecided hour the next one, and a morning word the morning', async () => {
    expect(await run('en-US', 'wake me up at eight thirty', [['time', 'eight thirty']])).toEqual(at(20, 30));
    expect(await run('de-DE', 'wecker morgen früh um viertel nach acht', [['date', 'morgen'], ['time', 'acht']])).toEqual(at(8, 15, 1));
  });

  it('reads a quarter-to form whose first word the slot left out, and keeps "in a quarter" a timer', async () => {
    // "za kwadrans szósta" is a quarter to six; "za kwadrans" alone is in fifteen minutes.
    expect(await run('pl-PL', 'obudź mnie za kwadrans szósta', [['time', 'kwadrans szósta']])).toEqual(at(5, 45, 1));
    expect(await run('pl-PL', 'obudź mnie za kwadrans', [['time', 'kwadrans']])).toEqual({ timer: 900 });
    // The slot may stop short of the hour too (v5 tags "szósta" as a definition word).
    expect(await run('pl-PL', 'obudź mnie za kwadrans szósta', [['time', 'kwadrans']])).toEqual(at(5, 45, 1));
    expect(await run('ru-RU', 'разбуди меня без четверти семь', [['time', 'четверти']])).toEqual(at(6, 45, 1));
    expect(await run('en-US', 'wake me up a quarter to six', [['time', 'a quarter']])).toEqual(at(5, 45, 1));
    expect(await run('pl-PL', 'obudź mnie za kwadrans proszę', [['time', 'kwadrans']])).toEqual({ timer: 900 });
    expect(await run('pl-PL', 'obudź mnie za dziesięć minut', [['time', 'dziesięć minut']])).toEqual({ timer: 600 });
  });

  it('takes an hour said with the clock word as said where the spoken clock counts 24 hours', async () => {
    // At 10:00, "huit heures" is 8:00 tomorrow, not 20:00 today; "vingt heures" or "du soir" is the evening.
    expect(await run('fr-FR', 'mets une alarme à huit heures et quart', [['time', 'huit heures et quart']])).toEqual(at(8, 15, 1));
    expect(await run('fr-FR', 'alarme à 8h', [['time', '8h']])).toEqual(at(8, 0, 1));
    expect(await run('fr-FR', 'alarme à huit heures du soir', [['time', 'huit heures du soir']])).toEqual(at(20, 0));
    expect(await run('de-DE', 'stell den wecker auf acht uhr', [['time', 'acht uhr']])).toEqual(at(8, 0, 1));
    expect(await run('nl-NL', 'zet een wekker om negen uur', [['time', 'negen uur']])).toEqual(at(9, 0, 1));
    // Without the clock word the hour stays undecided: the next one.
    expect(await run('de-DE', 'wecker um acht', [['time', 'acht']])).toEqual(at(20, 0));
    expect(await run('en-US', 'set an alarm for eight', [['time', 'eight']])).toEqual(at(20, 0));
  });

  it.each<[string, string, [string, string][], { at: number }]>([
    ['fr-FR', 'réveille-moi après-demain à huit heures', [['time', 'après-demain'], ['time', 'huit heures']], at(8, 0, 2)],
    ['it-IT', 'svegliami dopodomani alle otto', [['time', 'otto']], at(8, 0, 2)],
    ['zh-CN', '后天早上八点叫我', [['date', '天'], ['timeofday', '早上'], ['time', '八点']], at(8, 0, 2)],
    ['ko-KR', '모레 아침 여덟 시에 깨워 줘', [['time', '아침 여덟 시에']], at(8, 0, 2)],
    ['tr-TR', 'beni öbür gün sabah sekizde uyandır', [['time', 'sabah sekizde']], at(8, 0, 2)],
    ['hi-IN', 'परसों सुबह आठ बजे जगा देना', [['time', 'सुबह आठ बजे']], at(8, 0, 2)],
    ['en-US', 'wake me up on sunday at 7 am', [['time', '7 am']], at(7, 0, 2)],
  ])('a day the NLU left untagged or cut is read from the words: %s "%s"', async (locale, text, slots, expected) => {
    expect(await run(locale, text, slots)).toEqual(expected);
  });

  it('takes noon and midnight from the part-of-day slot when no time was tagged', async () => {
    expect(await run('fr-FR', 'mets une alarme à midi', [['timeofday', 'midi']])).toEqual(at(12, 0));
    expect(await run('es-ES', 'pon una alarma al mediodía', [['timeofday', 'mediodía']])).toEqual(at(12, 0));
    expect(await run('en-US', 'set an alarm for midnight', [['timeofday', 'midnight']])).toEqual(at(0, 0, 1));
    // A part of the day that is no time still asks.
    expect(await run('en-US', 'set an alarm for the morning', [['timeofday', 'morning']])).toBe('askAlarmTime');
  });

  it('does not read an article as an hour when no time was said', async () => {
    expect(await run('de-DE', 'stell einen wecker')).toBe('askAlarmTime');
    expect(await run('fr-FR', 'mets une alarme')).toBe('askAlarmTime');
  });
});

describe('timer lengths from the whole utterance', () => {
  it.each<[string, string, [string, string][], number]>([
    ['en-US', 'timer 12 minutes', [], 720],
    ['en-US', 'start a timer for two hours and a half', [['time', 'two hours']], 9000],
    ['fr-FR', 'lance un minuteur de vingt minutes', [], 1200],
    ['fr-FR', "un minuteur d'une heure et demie", [], 5400],
    ['es-ES', 'temporizador de hora y media', [], 5400],
    ['pt-PT', 'temporizador de hora e meia', [], 5400],
    ['it-IT', "timer di un'ora e mezza", [], 5400],
    ['ru-RU', 'засеки сорок минут', [], 2400],
    ['sw-KE', 'weka timer ya saa mbili na nusu', [['time', 'saa mbili']], 9000],
    ['zh-CN', '定一个两个半小时的计时器', [['time', '半']], 9000],
    // A quarter or three quarters of an hour, as each language says it.
    ['it-IT', "metti un timer di un quarto d'ora", [['time', "un quarto d'ora"]], 900],
    ['it-IT', "timer di tre quarti d’ora", [], 2700],
    ['fr-FR', "un minuteur d'un quart d'heure", [], 900],
    ['es-ES', 'pon un temporizador de un cuarto de hora', [['time', 'un cuarto de hora']], 900],
    ['pt-PT', 'temporizador de três quartos de hora', [], 2700],
    ['de-DE', 'stell einen timer für eine viertelstunde', [['time', 'eine viertelstunde']], 900],
    ['de-DE', 'timer für eine dreiviertelstunde', [], 2700],
    ['en-US', 'set a timer for a quarter of an hour', [['time', 'a quarter of an hour']], 900],
    ['ru-RU', 'поставь таймер на четверть часа', [['time', 'четверть часа']], 900],
    ['zh-CN', '定一个一刻钟的计时器', [], 900],
    ['nl-NL', 'zet een timer van driekwartier', [], 2700],
    ['hi-IN', 'सवा घंटे का टाइमर लगाओ', [], 4500],
    // An hour said without a number, beside counted minutes; minutes said after the hours without their unit.
    ['pl-PL', 'minutnik na godzinę i dwadzieścia minut', [['time', 'godzinę'], ['time', 'dwadzieścia minut']], 4800],
    ['ru-RU', 'таймер на час и двадцать минут', [], 4800],
    ['ar-SA', 'مؤقت ساعة وعشرين دقيقة', [['time', 'ساعة وعشرين دقيقة']], 4800],
    ['ru-RU', 'таймер на час двадцать', [['time', 'час двадцать']], 4800],
    ['fr-FR', "minuteur d'une heure vingt", [['time', "d'une heure vingt"]], 4800],
    ['en-US', 'set a timer for 2 hours 15', [], 8100],
    // Seconds said after the minutes without their unit.
    ['fr-FR', 'lance un minuteur de deux minutes trente', [['time', 'deux minutes trente']], 150],
    ['de-DE', 'stell einen timer auf zwei minuten dreißig', [], 150],
  ])('%s "%s"', async (locale, text, slots, seconds) => {
    expect(await run(locale, text, slots)).toEqual({ timer: seconds });
  });
});
