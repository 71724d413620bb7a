/**
 * Korean numerals → digits. Korean has two number systems: native words count hours and
 * things (일곱 시 = 7 o'clock, 한 시간 = one hour, 스물다섯 = 25) and Sino-Korean ones count
 * minutes, seconds, days and months (삼십 분 = 30 minutes, 이십오 = 25, 유월 = June).
 *
 * A number is rewritten only where it stands as a number: the whole word, or followed by
 * a counter (시, 분, 월…) or a particle (에, 을…). So 일요일 (Sunday), 오늘 (today) and
 * 사과 (apple) keep their syllables. Single syllables that are also everyday words (이
 * "this", 네 "yes", 한 "one/Korean") count only before a counter or next to an operator.
 */
import { positionalValue } from '../cjk.ts';

const NATIVE_TENS: Readonly<Record<string, number>> = { 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90, 열: 10, 쉰: 50 };
const NATIVE_UNITS: Readonly<Record<string, number>> = {
  하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 석: 3, 넷: 4, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9,
};
const SINO_DIGITS: Readonly<Record<string, number>> = { 영: 0, 공: 0, 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 륙: 6, 칠: 7, 팔: 8, 구: 9 };
const SINO_MULTIPLIERS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const NATIVE = `(?:(${alt(Object.keys(NATIVE_TENS))})(${alt(Object.keys(NATIVE_UNITS))})?|(${alt(Object.keys(NATIVE_UNITS))}))`;
const SINO = `([${Object.keys(SINO_DIGITS).join('')}${Object.keys(SINO_MULTIPLIERS).join('')}]+)`;
/** A word: a native or a Sino-Korean number, then the rest of the word (a counter, a particle, or other syllables). */
const WORD = new RegExp(`^(?:${NATIVE}|${SINO})(.*)$`, 'u');

/** Counters a number may carry (시 o'clock, 시간 hours, 분, 초, 일 day, 월 month, 년, 주 week, 개 things…). */
const COUNTER = /^(?:시간|시|분|초|일|월|년|주|개|퍼센트|프로|살|명|층|번째)/u;
const PARTICLES = new Set(['에', '에서', '을', '를', '은', '는', '의', '쯤', '부터', '까지', '으로', '로', '도', '만', '보다']);
/** Numbers that are also everyday words when they stand alone. */
const AMBIGUOUS = new Set(['이', '일', '사', '오', '구', '팔', '공', '영', '십', '백', '천', '한', '두', '세', '네', '열']);
const OPERATORS = new Set(['더하기', '빼기', '곱하기', '나누기', '플러스', '마이너스']);

/** The value of a word's leading number and the rest of the word, if it starts with one. */
function leading(word: string): { value: number; num: string; rest: string } | null {
  const m = WORD.exec(word);
  if (!m) return null;
  const rest = m[5] ?? '';
  if (m[4] !== undefined) return { value: positionalValue(m[4], SINO_DIGITS, SINO_MULTIPLIERS), num: m[4], rest };
  const tens = m[1] === undefined ? 0 : NATIVE_TENS[m[1]]!;
  const unit = m[2] ?? m[3];
  return { value: tens + (unit === undefined ? 0 : NATIVE_UNITS[unit]!), num: word.slice(0, word.length - rest.length), rest };
}

/** After a month (유월 일일, 6월 십오일) a final 일 is the day, not the digit one: 6월 1일, 6월 15일. */
function dayAfterMonth(found: ReturnType<typeof leading>, previous: string | undefined): ReturnType<typeof leading> {
  if (!found || !previous?.endsWith('월') || found.num.length < 2 || !found.num.endsWith('일')) return found;
  const num = found.num.slice(0, -1);
  return { value: positionalValue(num, SINO_DIGITS, SINO_MULTIPLIERS), num, rest: `일${found.rest}` };
}

/** Every Korean number in a cleaned text as decimal digits ("일곱 시 삼십 분" → "7 시 30 분"). */
export function digitizeKorean(t: string): string {
  const words = t.split(' ');
  const values: (number | null)[] = [];
  const out = words.map((word, i) => {
    values.push(null);
    const found = dayAfterMonth(leading(word), words[i - 1]);
    if (!found) return word;
    const { value, num, rest } = found;
    const counted = COUNTER.test(rest);
    if (!counted && rest !== '' && !PARTICLES.has(rest)) return word;
    if (!counted && AMBIGUOUS.has(num)) {
      const next = words[i + 1] ?? '';
      const near = COUNTER.test(next) || OPERATORS.has(next) || OPERATORS.has(words[i - 1] ?? '') || /^\d/.test(next);
      if (!near) return word;
    }
    values[i] = rest === '' ? value : null;
    return `${value}${rest}`;
  });
  // 스물 다섯, 이십 오: a round number and a smaller one written apart are one number.
  const merged: string[] = [];
  let last: number | null = null;
  out.forEach((word, i) => {
    const v = values[i] ?? null;
    const place = last === null ? 0 : last % 100 === 0 ? 100 : last % 10 === 0 ? 10 : 0;
    if (last !== null && v !== null && place > 0 && v < place) {
      last += v;
      merged[merged.length - 1] = String(last);
      return;
    }
    merged.push(word);
    last = v;
  });
  return merged.join(' ');
}
