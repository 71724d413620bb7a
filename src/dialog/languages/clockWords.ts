/**
 * Clock times said with digits and words, for MASSIVE's languages that have no pack yet:
 * "7 óra 30 perckor", "7 giờ 30 phút", "ساعت 7 و 30 دقیقه", "jam 7 lewat 30", "fél 8". Without
 * these the reader saw two numbers with words between them and kept the bare hour: an alarm at
 * 7:00 for half past seven. Only digits count (number words need a pack); a form is listed only
 * where it names the clock, so a length ("7 óra" can also be seven hours) is decided before,
 * by the skill and `clockOrLength`.
 *
 * Per language, regex sources (lower case, after `clean`):
 * - `hourAfter`: a word after the hour that names the clock hour ("óra", "giờ", "โมง");
 * - `hourBefore`: a word before it ("ساعت", "jam", "ora", "στις");
 * - `join`: a word between hour and minutes ("و", "lewat", "și", "και");
 * - `minute`: the minute word after the minutes;
 * - `to`: a word between hour and minutes that counts back ("7 giờ kém 15" is 6:45);
 * - `halfAfter`: a word after the hour that adds half an hour ("7 giờ rưỡi" is 7:30);
 * - `halfBefore`/`quarterBefore`/`threeQuartersBefore`: words before an hour that count towards
 *   it ("fél 8" is 7:30, "negyed 8" 7:15, "háromnegyed 8" 7:45, "setengah 8" 7:30).
 * Scripts written without spaces (Thai, Khmer) match with or without them.
 */
type Reader = (m: RegExpExecArray) => readonly [number, number];
export type ClockRule = readonly [RegExp, Reader];

interface ClockForms {
  hourAfter?: string;
  hourBefore?: string;
  join?: string;
  minute?: string;
  to?: string;
  halfAfter?: string;
  halfBefore?: string;
  quarterBefore?: string;
  threeQuartersBefore?: string;
}

/** Letters and combining marks: endings, and the vowel signs of Indic scripts. */
const END = '[\\p{L}\\p{M}]*';

const FORMS: Readonly<Record<string, ClockForms>> = {
  af: { hourAfter: 'uur', minute: 'minute' },
  az: { hourBefore: 'saat', hourAfter: `saat${END}`, minute: `dəqiq${END}` },
  bn: { hourAfter: `টা${END}|বাজে`, minute: `মিনিট${END}` },
  ca: { hourBefore: 'les', join: 'i', minute: 'minuts?' },
  el: { hourBefore: 'στις', join: 'και', minute: `λεπτ${END}` },
  fa: { hourBefore: 'ساعت', join: 'و', minute: `دقیقه${END}` },
  // "fél 8" is half past seven, "negyed 8" a quarter past, "háromnegyed 8" a quarter to eight.
  hu: {
    hourAfter: `óra${END}`,
    minute: `perc${END}`,
    halfBefore: 'fél',
    quarterBefore: 'negyed',
    threeQuartersBefore: 'háromnegyed',
  },
  // Indonesian "setengah 8" is half past seven; "kurang" counts back.
  id: { hourBefore: 'jam|pukul', join: 'lewat|lebih', minute: 'menit', to: 'kurang', halfBefore: 'setengah' },
  jv: { hourBefore: 'jam', join: 'luwih|lewat', minute: 'menit', to: 'kurang', halfBefore: 'setengah' },
  ka: { hourAfter: `საათ${END}`, join: 'და', minute: `წუთ${END}` },
  km: { hourBefore: 'ម៉ោង', join: 'និង', minute: 'នាទី', halfAfter: 'កន្លះ' },
  kn: { hourAfter: `ಗಂಟೆ${END}`, minute: `ನಿಮಿಷ${END}` },
  ml: { hourAfter: `മണി${END}`, minute: `മിനിറ്റ്${END}` },
  mn: { hourAfter: `цаг${END}`, minute: `минут${END}` },
  ms: { hourBefore: 'jam|pukul', join: 'lewat|lebih', minute: 'minit', to: 'kurang' },
  ro: { hourBefore: 'ora|la', join: 'și|si', minute: `(?:de )?minut${END}` },
  sl: { hourBefore: 'ob', join: 'in', minute: `minut${END}` },
  sq: { hourBefore: 'ora|në orën', join: 'e|dhe', minute: `minut${END}` },
  ta: { hourAfter: `மணி${END}`, minute: `நிமிட${END}` },
  te: { hourAfter: `గంట${END}`, minute: `నిమిష${END}` },
  th: { hourAfter: 'โมง(?:เช้า|เย็น)?|นาฬิกา', minute: 'นาที', halfAfter: 'ครึ่ง' },
  ur: { hourAfter: `بج${END}(?: کر)?`, minute: `منٹ${END}` },
  vi: { hourAfter: 'giờ', minute: 'phút', to: 'kém', halfAfter: 'rưỡi' },
};

const NUM = '(\\d{1,2})';
const START = '(?<![\\d\\p{L}\\p{M}])';
const STOP = '(?![\\d\\p{L}\\p{M}])';
const S = ' ?';

/** The hour before a count towards it: "fél 8" is 7:30, "fél 1" 12:30. */
const hourBefore = (h: number) => (h === 1 ? 12 : h === 0 ? 23 : h - 1);

/** A language's rules; `named`: those that say the clock with a word (all but hour-join-minutes). */
function rules(f: ClockForms): { all: ClockRule[]; named: RegExp[] } {
  const out: ClockRule[] = [];
  const named: RegExp[] = [];
  const add = (source: string, read: Reader, clockWord = true) => {
    const re = new RegExp(source, 'u');
    out.push([re, read]);
    if (clockWord) named.push(re);
  };
  const hm: Reader = (m) => [Number(m[1]), Number(m[2])];
  const join = f.join ? `(?:${S}(?:${f.join}))?` : '';
  const min = f.minute ? `(?:${S}(?:${f.minute}))?` : '';
  if (f.hourAfter) {
    const hour = `${START}${NUM}${S}(?:${f.hourAfter})`;
    if (f.to) add(`${hour}${S}(?:${f.to})${S}${NUM}${STOP}`, (m) => [hourBefore(Number(m[1])), 60 - Number(m[2])]);
    if (f.halfAfter) add(`${hour}${S}(?:${f.halfAfter})${STOP}`, (m) => [Number(m[1]), 30]);
    add(`${hour}${join}${S}${NUM}(?!\\d)${min}`, hm);
  }
  if (f.hourBefore) {
    const hour = `${START}(?:${f.hourBefore})${S}${NUM}`;
    if (f.to) add(`${hour}${S}(?:${f.to})${S}${NUM}${STOP}`, (m) => [hourBefore(Number(m[1])), 60 - Number(m[2])]);
    if (f.halfAfter) add(`${hour}${S}(?:${f.halfAfter})${STOP}`, (m) => [Number(m[1]), 30]);
    if (f.join) add(`${hour}${S}(?:${f.join})${S}${NUM}(?!\\d)`, hm);
  }
  // Hour, join, minutes and the minute word, with no hour word: "7 و 30 دقیقه", "7 και 30 λεπτά".
  // "8 و 15 دقیقه" may also be a length said loosely: it reads a clock, but does not decide one.
  if (f.join && f.minute) add(`${START}${NUM}${S}(?:${f.join})${S}${NUM}${S}(?:${f.minute})`, hm, false);
  const towards = (word: string | undefined, m: number) => {
    if (word) add(`${START}(?:${word})${S}${NUM}${STOP}`, (x) => [hourBefore(Number(x[1])), m]);
  };
  // The longer word first: "háromnegyed 8" must not be read as "negyed 8".
  towards(f.threeQuartersBefore, 45);
  towards(f.halfBefore, 30);
  towards(f.quarterBefore, 15);
  return { all: out, named };
}

const RULES: Readonly<Record<string, ReturnType<typeof rules>>> = Object.fromEntries(
  Object.entries(FORMS).map(([lang, forms]) => [lang, rules(forms)]),
);

/** The clock rules of `lang` when it has no pack (none for a language not listed). */
export function clockRulesOnly(lang: string): readonly ClockRule[] {
  return RULES[lang]?.all ?? [];
}

/**
 * Whether the digitized, cleaned `text` says a clock time with one of `lang`'s clock words:
 * "6 giờ 45 phút" is a quarter to seven, though "45 phút" alone is a length.
 */
export function saysClockOnly(text: string, lang: string): boolean {
  return RULES[lang]?.named.some((re) => re.test(text)) ?? false;
}

/** The languages with clock forms here (for tests). */
export const CLOCK_FORM_LANGS: readonly string[] = Object.keys(FORMS);
