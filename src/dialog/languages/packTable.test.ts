/**
 * The same everyday requests in every pack's language, through the readers and the dialog:
 * a 7:30 alarm, a 25-minute timer, "tomorrow", "Thursday", "green", "apples and pears",
 * "cancel" and "7 times 7". The clock is fixed: Friday 14 March 2025, 10:00 local. A new
 * pack needs its row here (the first test fails without it).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCancel } from '../followUp.ts';
import { evaluate } from '../math/parser.ts';
import { spokenToExpression } from '../math/words.ts';
import { parseColour, parseDate, parseTime } from '../normalize/index.ts';
import { understood as u, testDialog } from '../../../testing/dialog.ts';
import { PACKS } from './index.ts';

interface Row {
  locale: string;
  /** An alarm at 7:30 (said without a day period): the utterance and its time slot. */
  alarm: [string, string];
  /** A 25-minute timer: the utterance and its time slot. */
  timer: [string, string];
  tomorrow: string;
  thursday: string;
  green: string;
  /** "Add apples and pears to my shopping list", the two items as they are kept, and the list_name slot. */
  items: [string, [string, string], string];
  cancel: string;
  /** "What is 7 times 7". */
  maths: string;
}

const ROWS: Row[] = [
  { locale: 'en-US', alarm: ['set an alarm for half past seven', 'half past seven'], timer: ['set a timer for twenty five minutes', 'twenty five minutes'], tomorrow: 'tomorrow', thursday: 'thursday', green: 'green', items: ['add apples and pears to my shopping list', ['apples', 'pears'], 'shopping'], cancel: 'cancel', maths: 'what is seven times seven' },
  { locale: 'de-DE', alarm: ['stell einen wecker auf halb acht', 'halb acht'], timer: ['stell einen timer für fünfundzwanzig minuten', 'fünfundzwanzig minuten'], tomorrow: 'morgen', thursday: 'donnerstag', green: 'grün', items: ['füge Äpfel und Birnen zur Einkaufsliste hinzu', ['Äpfel', 'Birnen'], 'Einkaufsliste'], cancel: 'abbrechen', maths: 'was ist sieben mal sieben' },
  { locale: 'fr-FR', alarm: ['mets une alarme à sept heures et demie', 'sept heures et demie'], timer: ['mets un minuteur de vingt-cinq minutes', 'vingt-cinq minutes'], tomorrow: 'demain', thursday: 'jeudi', green: 'vert', items: ['ajoute pommes et poires à ma liste de courses', ['pommes', 'poires'], 'courses'], cancel: 'annuler', maths: 'combien font sept fois sept' },
  { locale: 'es-ES', alarm: ['pon una alarma a las siete y media', 'siete y media'], timer: ['pon un temporizador de veinticinco minutos', 'veinticinco minutos'], tomorrow: 'mañana', thursday: 'jueves', green: 'verde', items: ['añade manzanas y peras a mi lista de la compra', ['manzanas', 'peras'], 'compra'], cancel: 'cancelar', maths: 'cuánto es siete por siete' },
  { locale: 'it-IT', alarm: ['metti una sveglia alle sette e mezza', 'sette e mezza'], timer: ['imposta un timer di venticinque minuti', 'venticinque minuti'], tomorrow: 'domani', thursday: 'giovedì', green: 'verde', items: ['aggiungi mele e pere alla lista della spesa', ['mele', 'pere'], 'spesa'], cancel: 'annulla', maths: 'quanto fa sette per sette' },
  { locale: 'pt-PT', alarm: ['define um alarme para as sete e meia', 'sete e meia'], timer: ['define um temporizador de vinte e cinco minutos', 'vinte e cinco minutos'], tomorrow: 'amanhã', thursday: 'quinta-feira', green: 'verde', items: ['adiciona maçãs e peras à lista de compras', ['maçãs', 'peras'], 'compras'], cancel: 'cancelar', maths: 'quanto é sete vezes sete' },
  { locale: 'ja-JP', alarm: ['七時半にアラームをセットして', '七時半'], timer: ['二十五分のタイマーをセットして', '二十五分'], tomorrow: '明日', thursday: '木曜日', green: '緑', items: ['買い物リストにりんごと梨を追加して', ['りんご', '梨'], '買い物'], cancel: 'キャンセル', maths: '七かける七は' },
  { locale: 'zh-CN', alarm: ['设一个七点半的闹钟', '七点半'], timer: ['设一个二十五分钟的计时器', '二十五分钟'], tomorrow: '明天', thursday: '星期四', green: '绿色', items: ['把苹果和梨加到购物清单', ['苹果', '梨'], '购物'], cancel: '取消', maths: '七乘以七等于多少' },
  { locale: 'hi-IN', alarm: ['साढ़े सात बजे का अलार्म लगाओ', 'साढ़े सात'], timer: ['पच्चीस मिनट का टाइमर लगाओ', 'पच्चीस मिनट'], tomorrow: 'कल', thursday: 'गुरुवार', green: 'हरा', items: ['मेरी खरीदारी सूची में सेब और नाशपाती जोड़ो', ['सेब', 'नाशपाती'], 'खरीदारी'], cancel: 'रद्द करो', maths: 'सात गुणा सात' },
  { locale: 'ar-SA', alarm: ['اضبط المنبه على الساعة سبعة ونص', 'سبعة ونص'], timer: ['اضبط مؤقت لمدة خمسة وعشرين دقيقة', 'خمسة وعشرين دقيقة'], tomorrow: 'بكرة', thursday: 'الخميس', green: 'أخضر', items: ['أضف تفاح وإجاص إلى قائمة التسوق', ['تفاح', 'إجاص'], 'التسوق'], cancel: 'إلغاء', maths: 'كم سبعة ضرب سبعة' },
  { locale: 'ru-RU', alarm: ['поставь будильник на половину восьмого', 'половину восьмого'], timer: ['поставь таймер на двадцать пять минут', 'двадцать пять минут'], tomorrow: 'завтра', thursday: 'в четверг', green: 'зелёный', items: ['добавь яблоки и груши в список покупок', ['яблоки', 'груши'], 'покупок'], cancel: 'отмена', maths: 'сколько будет семь умножить на семь' },
  // Swahili time counts from 6:00: saa moja na nusu is 7:30.
  { locale: 'sw-KE', alarm: ['weka kengele saa moja na nusu', 'saa moja na nusu'], timer: ['weka kipima muda dakika ishirini na tano', 'dakika ishirini na tano'], tomorrow: 'kesho', thursday: 'alhamisi', green: 'kijani', items: ['ongeza tufaha na pea kwenye orodha ya ununuzi', ['tufaha', 'pea'], 'ununuzi'], cancel: 'ghairi', maths: 'saba mara saba' },
  // Dutch "half acht" is half *to* eight: 7:30.
  { locale: 'nl-NL', alarm: ['zet een wekker om half acht', 'half acht'], timer: ['zet een timer op vijfentwintig minuten', 'vijfentwintig minuten'], tomorrow: 'morgen', thursday: 'donderdag', green: 'groen', items: ['zet appels en peren op mijn boodschappenlijst', ['appels', 'peren'], 'boodschappenlijst'], cancel: 'laat maar', maths: 'hoeveel is zeven keer zeven' },
  { locale: 'pl-PL', alarm: ['ustaw budzik na siódmą trzydzieści', 'siódmą trzydzieści'], timer: ['ustaw minutnik na dwadzieścia pięć minut', 'dwadzieścia pięć minut'], tomorrow: 'jutro', thursday: 'w czwartek', green: 'zielony', items: ['dodaj jabłka i gruszki do listy zakupów', ['jabłka', 'gruszki'], 'zakupów'], cancel: 'anuluj', maths: 'ile to jest siedem razy siedem' },
  { locale: 'tr-TR', alarm: ['saat yedi buçukta alarm kur', 'yedi buçukta'], timer: ['yirmi beş dakikalık zamanlayıcı kur', 'yirmi beş dakikalık'], tomorrow: 'yarın', thursday: 'perşembe', green: 'yeşil', items: ['alışveriş listesine elma ve armut ekle', ['elma', 'armut'], 'alışveriş'], cancel: 'iptal', maths: 'yedi çarpı yedi kaç eder' },
  // Korean hours are native numbers (일곱 시), minutes Sino-Korean (이십오 분).
  { locale: 'ko-KR', alarm: ['일곱 시 반에 알람 맞춰 줘', '일곱 시 반'], timer: ['이십오 분 타이머 맞춰 줘', '이십오 분'], tomorrow: '내일', thursday: '목요일', green: '초록색', items: ['쇼핑 목록에 사과와 배 추가해 줘', ['사과', '배'], '쇼핑'], cancel: '취소', maths: '칠 곱하기 칠은 뭐야' },
];

const NOW = new Date(2025, 2, 14, 10, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

it('has a row for every pack', () => {
  expect(ROWS.map((r) => r.locale.split('-')[0])).toEqual(PACKS.map((p) => p.code));
});

describe.each(ROWS.map((r) => [r.locale, r] as const))('%s', (locale, row) => {
  it('reads the 7:30 alarm time and sets an alarm (not a timer) at 7:30 tomorrow (an hour people wake at)', async () => {
    expect(parseTime(row.alarm[1], locale)).toMatchObject({ h: 7, m: 30 });
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', row.alarm[0], [['time', row.alarm[1]]], locale));
    expect(turn.effect).toBe('alarm:set');
    const [alarm] = dialog.state.getState().alarms;
    expect(alarm?.kind).toBe('alarm');
    expect(new Date(alarm!.at)).toEqual(new Date(2025, 2, 15, 7, 30));
  });

  it('sets a 25-minute timer', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', row.timer[0], [['time', row.timer[1]]], locale));
    expect(turn.effect).toBe('timer:set');
    expect(dialog.state.getState().alarms[0]).toMatchObject({ kind: 'timer', seconds: 1500 });
  });

  it('reads tomorrow and Thursday', () => {
    expect(parseDate(row.tomorrow, locale, NOW)).toEqual({ y: 2025, m: 3, d: 15 });
    expect(parseDate(row.thursday, locale, NOW)).toEqual({ y: 2025, m: 3, d: 20 });
  });

  it('reads green', () => {
    expect(parseColour(row.green, locale)?.name).toBe('green');
  });

  it('adds apples and pears as two items', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('lists_createoradd', row.items[0], [['list_name', row.items[2]]], locale));
    expect(turn.effect).toBe('list:add');
    expect(dialog.state.getState().lists.flatMap((l) => l.items)).toEqual(row.items[1]);
  });

  it('cancels an open question', async () => {
    expect(isCancel(row.cancel, locale)).toBe(true);
    const { dialog } = testDialog();
    // The request without its time (a time anywhere in the utterance is read, slot or not).
    expect((await dialog.handle(u('alarm_set', row.alarm[0].replace(row.alarm[1], ' '), [], locale))).awaiting).toBe('time');
    expect((await dialog.handle(u('general_quirky', row.cancel, [], locale))).reply.key).toBe('cancelled');
  });

  it('works out 7 times 7', () => {
    const expression = spokenToExpression(row.maths, locale);
    expect(expression).not.toBeNull();
    expect(evaluate(expression!)).toBe(49);
  });
});
