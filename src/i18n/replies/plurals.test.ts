/**
 * Counts in replies: in all 52 locales every numeric argument renders for typical counts with
 * the number in the locale's digits, and in en, fr, de, ru, pl and ar the noun takes the right
 * plural form (including 21, which is "one" in Russian and "many" in Arabic and Polish).
 */
import { describe, expect, it } from 'vitest';
import { languages } from '../languages.ts';
import { messageArguments, messageBranches } from '../uiText.ts';
import { EN_REPLIES, type ReplyKey } from './catalog.ts';
import { renderReply } from './render.ts';
import { REPLY_TEMPLATES } from './locales/index.ts';

const COUNTS = [0, 1, 2, 5, 21, 22, 100];

/** Keys with a numeric argument (`plural` or `number`), with the arguments' kinds. */
const NUMERIC = (Object.keys(EN_REPLIES) as ReplyKey[])
  .map((key) => [key, messageArguments(EN_REPLIES[key])] as const)
  .filter(([, args]) => [...args.values()].some((kind) => kind !== 'text'));

/** Params for `key` with every numeric argument set to `n` and every text one to `X`. */
function params(key: ReplyKey, n: number): Record<string, string | number> {
  return Object.fromEntries([...messageArguments(EN_REPLIES[key])].map(([name, kind]) => [name, kind === 'text' ? 'X' : n]));
}

/** The plural branch `n` takes in `code`'s template for `key`, if that template has a plural. */
function branchFor(code: string, key: ReplyKey, n: number): string | undefined {
  const plural = messageBranches(REPLY_TEMPLATES[code]?.[key] ?? '').find((p) => p.kind === 'plural');
  return plural && (plural.branches[`=${n}`] ?? plural.branches[new Intl.PluralRules(code).select(n)] ?? plural.branches.other);
}

describe('counts in replies', () => {
  it('the counted replies are the ones expected', () => {
    expect(NUMERIC.map(([key]) => key).sort()).toEqual(
      ['alarmList', 'alarmSnoozed', 'eventList', 'lightBrightened', 'lightDimmed', 'volumeDown', 'volumeSet', 'volumeUp'].sort(),
    );
  });

  it.each(languages.map((l) => l.code))('%s: every count renders, in the locale, with the number shown', (code) => {
    for (const [key] of NUMERIC) {
      for (const n of COUNTS) {
        const out = renderReply({ key, params: params(key, n) }, code);
        const where = `${code}.${key} n=${n}: ${out.text}`;
        expect(out.fallback, where).toBe(false);
        expect(out.text, where).not.toMatch(/[{}#]/);
        const branch = branchFor(code, key, n);
        // Arabic names one and two in the noun itself ("منبه واحد", "منبهان").
        if (branch !== undefined && !branch.includes('#')) continue;
        expect(out.text, where).toContain(new Intl.NumberFormat(code).format(n));
      }
    }
  });

  const list = (code: string, key: ReplyKey, n: number) => renderReply({ key, params: { count: n, minutes: n, list: 'L' } }, code).text;
  const at = (code: string, key: ReplyKey) => [1, 2, 5, 21].map((n) => list(code, key, n));

  it('English: one and other', () => {
    expect(at('en-US', 'alarmList')).toEqual(['You have 1 alarm: L.', 'You have 2 alarms: L.', 'You have 5 alarms: L.', 'You have 21 alarms: L.']);
    expect(at('en-US', 'eventList')).toEqual(['You have 1 event: L.', 'You have 2 events: L.', 'You have 5 events: L.', 'You have 21 events: L.']);
    expect(at('en-US', 'alarmSnoozed')).toEqual(['Snoozed for 1 minute.', 'Snoozed for 2 minutes.', 'Snoozed for 5 minutes.', 'Snoozed for 21 minutes.']);
  });

  it('French: one (0 and 1) and other, with the no-break space before the colon', () => {
    const nb = '\u00a0';
    expect(at('fr-FR', 'alarmList')).toEqual([
      `Vous avez 1 alarme${nb}: L.`,
      `Vous avez 2 alarmes${nb}: L.`,
      `Vous avez 5 alarmes${nb}: L.`,
      `Vous avez 21 alarmes${nb}: L.`,
    ]);
    expect(list('fr-FR', 'alarmList', 0)).toBe(`Vous avez 0 alarme${nb}: L.`);
    expect(at('fr-FR', 'alarmSnoozed')).toEqual([
      'Alarme reportée de 1 minute.',
      'Alarme reportée de 2 minutes.',
      'Alarme reportée de 5 minutes.',
      'Alarme reportée de 21 minutes.',
    ]);
  });

  it('German: one and other', () => {
    expect(at('de-DE', 'eventList')).toEqual(['Du hast 1 Termin: L.', 'Du hast 2 Termine: L.', 'Du hast 5 Termine: L.', 'Du hast 21 Termine: L.']);
    expect(at('de-DE', 'alarmList')).toEqual(['Du hast 1 Wecker: L.', 'Du hast 2 Wecker: L.', 'Du hast 5 Wecker: L.', 'Du hast 21 Wecker: L.']);
    expect(at('de-DE', 'alarmSnoozed')).toEqual(['Um 1 Minute verschoben.', 'Um 2 Minuten verschoben.', 'Um 5 Minuten verschoben.', 'Um 21 Minuten verschoben.']);
  });

  it('Russian: one (1, 21), few (2), many (5)', () => {
    expect(at('ru-RU', 'alarmList')).toEqual(['У вас 1 будильник: L.', 'У вас 2 будильника: L.', 'У вас 5 будильников: L.', 'У вас 21 будильник: L.']);
    expect(at('ru-RU', 'eventList')).toEqual(['У вас 1 событие: L.', 'У вас 2 события: L.', 'У вас 5 событий: L.', 'У вас 21 событие: L.']);
    expect(at('ru-RU', 'alarmSnoozed')).toEqual(['Отложено на 1 минуту.', 'Отложено на 2 минуты.', 'Отложено на 5 минут.', 'Отложено на 21 минуту.']);
  });

  it('Polish: one (1), few (2, 22), many (5, 21)', () => {
    expect(at('pl-PL', 'alarmList')).toEqual(['Masz 1 alarm: L.', 'Masz 2 alarmy: L.', 'Masz 5 alarmów: L.', 'Masz 21 alarmów: L.']);
    expect(list('pl-PL', 'alarmList', 22)).toBe('Masz 22 alarmy: L.');
    expect(at('pl-PL', 'eventList')).toEqual(['Masz 1 wydarzenie: L.', 'Masz 2 wydarzenia: L.', 'Masz 5 wydarzeń: L.', 'Masz 21 wydarzeń: L.']);
    expect(at('pl-PL', 'alarmSnoozed')).toEqual(['Drzemka na 1 minutę.', 'Drzemka na 2 minuty.', 'Drzemka na 5 minut.', 'Drzemka na 21 minut.']);
  });

  it('Arabic: one and two in the noun, few (5) plural, many (21) accusative singular, other (100) genitive', () => {
    expect(at('ar-SA', 'alarmList')).toEqual(['لديك منبه واحد: L.', 'لديك منبهان: L.', 'لديك ٥ منبهات: L.', 'لديك ٢١ منبهًا: L.']);
    expect(list('ar-SA', 'alarmList', 100)).toBe('لديك ١٠٠ منبه: L.');
    expect(at('ar-SA', 'eventList')).toEqual(['لديك حدث واحد: L.', 'لديك حدثان: L.', 'لديك ٥ أحداث: L.', 'لديك ٢١ حدثًا: L.']);
    expect(at('ar-SA', 'alarmSnoozed')).toEqual([
      'تم تأجيل المنبه لمدة دقيقة واحدة.',
      'تم تأجيل المنبه لمدة دقيقتين.',
      'تم تأجيل المنبه لمدة ٥ دقائق.',
      'تم تأجيل المنبه لمدة ٢١ دقيقة.',
    ]);
  });

  it('languages without plural forms use one form, with their own digits and counters', () => {
    expect(at('ja-JP', 'alarmList')).toEqual(['アラームは1件あります：L。', 'アラームは2件あります：L。', 'アラームは5件あります：L。', 'アラームは21件あります：L。']);
    expect(list('zh-CN', 'alarmList', 5)).toBe('你有5个闹钟：L。');
    expect(list('my-MM', 'alarmList', 21)).toContain('၂၁ ခု');
  });
});
