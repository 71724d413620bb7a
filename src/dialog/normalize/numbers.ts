/**
 * Number words → digits. `digitize` rewrites every run of number words in a cleaned text as
 * one decimal number ("twenty five" → "25", "sieben" → "7", "七" → "7") and leaves the other
 * words alone, so time, date and duration rules only ever match `\d+`.
 */
import { LEXICONS, buildTable } from './numberWords.ts';
import { isUnspaced } from './text.ts';

const TABLES = new Map(Object.entries(LEXICONS).map(([lang, lex]) => [lang, buildTable(lex)]));

const IT_COMPOUND = /^(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[aie]?(uno|una|due|tré|tre|quattro|cinque|sei|sette|otto|nove)$/;
// Russian ordinals by stem (четвёртое, двадцать четвертого), in value order.
const RU_STEMS = 'перв втор трет четверт пят шест седьм восьм девят десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат тридцат'.split(' ');
const RU_ORDINAL = new RegExp(`^(${RU_STEMS.join('|')})(ое|ого|ый|ая|ую|ой|ье|ьего|ий|ья|ему|ому|ым)$`);
const ruOrdinalValue = (stem: string) => {
  const i = RU_STEMS.indexOf(stem);
  return i < 19 ? i + 1 : (i - 17) * 10;
};
const DE_ORDINAL_STEMS: Record<string, number> = { ers: 1, drit: 3, sieb: 7, ach: 8 };
const AR_PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و', 'ل', 'ب'];

/** A word's value, and whether it carried the Arabic conjunction و ("and"). */
interface WordValue {
  v: number;
  conj: boolean;
}

function plainValue(word: string, lang: string): number | undefined {
  const table = TABLES.get(lang);
  const direct = table?.get(word);
  if (direct !== undefined) return direct;
  if (lang === 'de') return germanValue(word);
  if (lang === 'it') {
    const m = IT_COMPOUND.exec(word);
    const tens = m && table?.get(`${m[1]}${m[1] === 'vent' ? 'i' : 'a'}`);
    const unit = m?.[2] ? table?.get(m[2] === 'tré' ? 'tre' : m[2]) : undefined;
    if (tens !== undefined && tens !== null && unit !== undefined) return tens + unit;
  }
  if (lang === 'fr' && word.endsWith('ième')) {
    // quinzième → quinze, cinquième → cinq, neuvième → neuf
    const stem = word.slice(0, -4);
    return table?.get(stem) ?? table?.get(`${stem}e`) ?? { cinqu: 5, neuv: 9 }[stem];
  }
  if (lang === 'hi') {
    const stem = /^(.+?)(?:वीं|वें|वां|वाँ|वा)$/.exec(word)?.[1];
    if (stem) return table?.get(stem);
  }
  if (lang === 'ru') {
    const m = RU_ORDINAL.exec(word);
    if (m) return ruOrdinalValue(m[1]!);
  }
  return undefined;
}

/**
 * German writes numbers as one word: einundzwanzig, zweihundert, neunzehnhundert, and
 * ordinals fünften. One "hundert" at most, read without recursion: the part before it is
 * 1–99 and the part after it below 100 (a word of many "hundert"s is no number).
 */
function germanValue(word: string): number | undefined {
  const at = word.indexOf('hundert');
  if (at < 0) return germanBelowHundred(word);
  const head = at === 0 ? 1 : germanBelowHundred(word.slice(0, at));
  const rest = word.slice(at + 'hundert'.length);
  const tail = rest === '' ? 0 : germanBelowHundred(rest);
  if (head === undefined || tail === undefined || head < 1 || tail >= 100) return undefined;
  return head * 100 + tail;
}

/** einundzwanzig, dreizehn, fünften: German numbers and ordinals below a hundred. */
function germanBelowHundred(word: string): number | undefined {
  const table = TABLES.get('de')!;
  const compound = /^(.+?)und(.+)$/.exec(word);
  if (compound) {
    const unit = table.get(compound[1]!);
    const tens = table.get(compound[2]!) ?? germanOrdinal(compound[2]!);
    if (unit !== undefined && unit < 10 && tens !== undefined && tens >= 20) return tens + unit;
  }
  const v = table.get(word) ?? germanOrdinal(word);
  return v !== undefined && v < 100 ? v : undefined;
}

function germanOrdinal(word: string): number | undefined {
  // Both splits are tried: "ersten" is ers+ten, "zwanzigsten" is zwanzig+sten.
  for (const re of [/^(.+)te[nrsm]?$/, /^(.+)ste[nrsm]?$/]) {
    const stem = re.exec(word)?.[1];
    const v = stem === undefined ? undefined : (DE_ORDINAL_STEMS[stem] ?? TABLES.get('de')!.get(stem));
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Longer than any number word in the lexicons (neunhundertneunundneunzig has 25 letters). */
const MAX_NUMBER_WORD = 40;

function wordValue(word: string, lang: string): WordValue | undefined {
  // A long word is no number: this keeps the per-word rules cheap on hostile input.
  if (word.length > MAX_NUMBER_WORD) return undefined;
  const v = plainValue(word, lang);
  if (v !== undefined) return { v, conj: false };
  if (lang === 'ar') {
    for (const p of AR_PREFIXES) {
      const rest = word.startsWith(p) ? plainValue(word.slice(p.length), lang) : undefined;
      if (rest !== undefined) return { v: rest, conj: p === 'و' };
    }
  }
  return undefined;
}

/** Whether `next` continues the number `cur` (twenty → twenty five; not seven → seven thirty). */
function continues(cur: number, next: WordValue, lang: string): boolean {
  if (lang === 'ar') {
    if (cur < 10 && next.v === 10 && !next.conj) return true; // ثلاثة عشر = 13
    if (cur < 10 && next.v >= 20 && next.v % 10 === 0 && next.conj) return true; // خمسة وعشرين = 25
  }
  if (lang === 'fr' && cur % 100 === 4 && next.v === 20) return true; // quatre-vingt
  const place = cur >= 1000 && cur % 1000 === 0 ? 1000 : cur >= 100 && cur % 100 === 0 ? 100 : cur >= 10 && cur % 10 === 0 ? 10 : 1;
  if (next.v < place) return true;
  // soixante-dix, quatre-vingt-douze
  return lang === 'fr' && (cur % 100 === 60 || cur % 100 === 80) && next.v < 20;
}

function combine(cur: number, next: WordValue, lang: string): number {
  if (lang === 'fr' && cur % 100 === 4 && next.v === 20) return cur - 4 + 80;
  return cur + next.v;
}

const CJK_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 俩: 2, 倆: 2, 三: 3, 仨: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Value of a run of CJK numerals (二十五 = 25, 十 = 10, 百二 = 102). A run of bare digits
 * with no 十/百/千 is read digit by digit, as years and numbers are said (二〇二五 = 2025).
 */
export function cjkValue(run: string): number {
  if (run.length > 1 && ![...run].some((ch) => ch === '十' || ch === '百' || ch === '千')) {
    return Number([...run].map((ch) => CJK_DIGITS[ch] ?? 0).join(''));
  }
  let total = 0;
  let digit = -1;
  for (const ch of run) {
    if (ch in CJK_DIGITS) digit = CJK_DIGITS[ch]!;
    else {
      const mult = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (digit < 0 ? 1 : digit) * mult;
      digit = -1;
    }
  }
  return total + Math.max(digit, 0);
}

/** Rewrites number words of a cleaned text (see `clean`) as digits. */
export function digitize(t: string, lang: string): string {
  if (isUnspaced(lang)) return t.replace(/[〇零一二两兩俩倆三仨四五六七八九十百千]+/g, (run) => String(cjkValue(run)));
  if (!TABLES.has(lang)) return t;
  const joiners = LEXICONS[lang]?.joiners ?? [];
  const words = t.split(' ');
  const out: string[] = [];
  let cur: number | null = null;
  const flush = () => {
    if (cur !== null) out.push(String(cur));
    cur = null;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const wv = wordValue(word, lang);
    if (wv === undefined) {
      // "twenty and one", "kumi na moja": the joiner belongs to the number only if it continues it.
      const next = words[i + 1] !== undefined ? wordValue(words[i + 1]!, lang) : undefined;
      if (cur !== null && joiners.includes(word) && next && continues(cur, next, lang)) continue;
      flush();
      out.push(word);
    } else if (cur === null) cur = wv.v;
    else if (wv.v === 1000 && cur < 1000) cur *= 1000;
    // "one thousand five hundred": "hundred" multiplies only the part after the thousands.
    else if (wv.v === 100 && cur % 1000 < 100 && (cur < 1000 || cur % 1000 > 0)) cur += (cur % 1000) * 99;
    else if (continues(cur, wv, lang)) cur = combine(cur, wv, lang);
    else {
      flush();
      cur = wv.v;
    }
  }
  flush();
  return out.join(' ');
}

/** A whole cleaned text read as one number ("vingt et un" → 21, "3,5" → 3.5), else null (also when beyond floating point). */
export function parseNumberText(t: string, lang: string): number | null {
  const d = digitize(t, lang).replace(/(\d),(\d)/g, '$1.$2');
  const value = /^-?\d+(\.\d+)?$/.test(d) ? Number(d) : null;
  return value !== null && Number.isFinite(value) ? value : null;
}
