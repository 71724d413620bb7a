/**
 * Clock times: "half past seven", "halb acht", "sept heures et demie", "午後七時半",
 * "साढ़े सात", "سبعة ونص", "полвосьмого", "saa moja na nusu asubuhi" → {h, m} on a
 * 24-hour clock. Returns null when it cannot read the text, so the skill asks again.
 */
import { digitize } from './numbers.ts';
import { before, TIME_WORDS, type TimeLexicon } from './timeWords.ts';
import { clean, findPhrase, langOf } from './text.ts';

/** A time of day. `ambiguous`: said without a day period, so h and h+12 are both possible. */
export interface ClockTime {
  h: number;
  m: number;
  ambiguous: boolean;
}

const H = '(\\d{1,2})';
const DIGIT_FORMS: [RegExp, (m: RegExpExecArray) => [number, number]][] = [
  // Whole numbers on both sides: "124:30" is not 24:30.
  [/(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)/, (m) => [Number(m[1]), Number(m[2])]],
];
const FALLBACK_FORMS: [RegExp, (m: RegExpExecArray) => [number, number]][] = [
  // "seven hundred thirty" / "0730": hours and minutes said as one number.
  [/(?:^|\D)(\d{3,4})(?!\d)/, (m) => [Math.floor(Number(m[1]) / 100), Number(m[1]) % 100]],
  [new RegExp(`(?:^|\\D)${H} ${H}(?!\\d)`), (m) => [Number(m[1]), Number(m[2])]],
  [/(\d{1,2})(?!\d)/, (m) => [Number(m[1]), 0]],
];

type Period = 'am' | 'pm' | 'night' | 'midday' | null;

function periodOf(t: string, lex: TimeLexicon, lang: string): Period {
  // Longer phrases first: "de la noche" must not be read as the bare "noche".
  const found = [
    ...lex.am.map((p) => [p, 'am'] as const),
    ...lex.pm.map((p) => [p, 'pm'] as const),
    ...lex.night.map((p) => [p, 'night'] as const),
    ...lex.midday.map((p) => [p, 'midday'] as const),
  ].sort((a, b) => b[0].length - a[0].length);
  const phrase = findPhrase(t, found.map(([p]) => p), lang);
  return phrase === undefined ? null : (found.find(([p]) => p === phrase)?.[1] ?? null);
}

/** Moves a 12-hour-clock hour into the day period. */
function applyPeriod(h: number, period: Period): number {
  if (h > 12) return h;
  switch (period) {
    case 'am':
      return h === 12 ? 0 : h;
    case 'pm':
      return h === 12 ? 12 : h + 12;
    case 'night':
      return h === 12 ? 0 : h >= 6 ? h + 12 : h;
    case 'midday':
      return h <= 6 ? h + (h === 12 ? 0 : 12) : h;
    case null:
      return h;
  }
}

/** Swahili clock: saa moja (1) is 7:00; asubuhi/mchana/jioni/usiku give the half of the day. */
function swahili(t: string): ClockTime | null {
  const m = new RegExp(`(?:saa )?${H}(?: (?:na )?(nusu|robo|kasoro robo|kasorobo|dakika ${H}|${H}))?`).exec(t);
  if (!m || /\d[:.]\d/.test(t)) return null;
  const sw = Number(m[1]);
  if (sw < 1 || sw > 12) return null;
  let h12 = (sw + 6) % 12;
  let min = m[2] === 'nusu' ? 30 : m[2] === 'robo' ? 15 : Number(m[3] ?? m[4] ?? 0);
  if (m[2] === 'kasoro robo' || m[2] === 'kasorobo') {
    h12 = (h12 + 11) % 12;
    min = 45;
  }
  const period = /asubuhi|alfajiri/.test(t) ? 'am' : /jioni/.test(t) ? 'pm' : /mchana/.test(t) ? 'midday' : /usiku/.test(t) ? 'night' : null;
  const hour = period === null ? h12 || 12 : applyPeriod(h12 || 12, period);
  return min < 60 ? { h: hour % 24, m: min, ambiguous: period === null } : null;
}

/** Reads a clock time in `locale`'s words; plain digits ("7:30", "19.00") in any locale. */
export function parseTime(text: string, locale: string): ClockTime | null {
  const lang = langOf(locale);
  let t = clean(text, lang);
  if (lang === 'ru') t = t.replace(/(^|\s)пол(?=[а-я]+ого(\s|$))/g, '$1половина ');
  const lex = TIME_WORDS[lang];
  const d = digitize(t, lang);
  if (lang === 'sw' && !lex?.midnight.some((w) => t.includes(w))) {
    const sw = swahili(d);
    if (sw) return sw;
  }
  // Digits around a colon are a clock time or nothing: "124:30" is not 1:24, "7:5" not 7:00.
  if (/\d:\d/.test(d) && !DIGIT_FORMS.some(([re]) => re.test(d))) return null;
  const rules = [...DIGIT_FORMS, ...(lex?.rules ?? []), ...FALLBACK_FORMS];
  let hm: [number, number] | null = null;
  for (const [re, read] of rules) {
    const m = re.exec(d);
    if (m) {
      hm = read(m);
      break;
    }
  }
  if (!hm && lex) {
    if (findPhrase(t, lex.midnight, lang)) return { h: 0, m: 0, ambiguous: false };
    if (findPhrase(t, lex.noon, lang)) return { h: 12, m: 0, ambiguous: false };
  }
  if (!hm) return null;
  const [h0, m0] = hm;
  // 24:00 is midnight; 24:30, 25:00 and 12:60 are no time of day.
  if (!Number.isInteger(h0) || h0 > 24 || (h0 === 24 && m0 !== 0) || m0 < 0 || m0 > 59) return null;
  const period = lex ? periodOf(t, lex, lang) : null;
  const h = applyPeriod(h0 === 24 ? 0 : h0, period);
  return { h, m: m0, ambiguous: period === null && h0 >= 1 && h0 <= 12 };
}

export { before };
