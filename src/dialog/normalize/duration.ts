/**
 * Durations: "five minutes", "fünf Minuten", "une demi-heure", "5分", "一个半小时",
 * "डेढ़ घंटा", "ساعتين", "полтора часа", "dakika tano" → seconds. Null when no unit is found.
 */
import { digitize } from './numbers.ts';
import { clockOrLength } from './clockCues.ts';
import { clean, isUnspaced, langOf } from './text.ts';

interface DurationLexicon {
  /** Regex alternatives for seconds, minutes, hours. */
  units: [string, string, string];
  /** Phrases worth a fixed number of seconds (half an hour, 1½ hours, dual forms). */
  fixed?: [RegExp, number][];
  /**
   * Extra half hour after an hour count ("2 and a half hours", "2時間半"). A leading `(\d+)`
   * has `(?<![\d.])` before it: a run of digits is tried from its first digit only (linear).
   */
  andHalf?: RegExp;
  /** Unit before the number (Swahili: dakika tano). */
  unitFirst?: boolean;
}

const HALF_HOUR = 1800;

const LEX: Record<string, DurationLexicon> = {
  en: {
    units: ['seconds?|secs?', 'minutes?|mins?', 'hours?|hrs?'],
    fixed: [[/half (?:an )?hour/, HALF_HOUR], [/\ban? (?=(?:second|minute|hour)\b)/, 0]],
    andHalf: /(?<![\d.])(\d+) and a half hours?|(?:an? )hour and a half/,
  },
  de: {
    units: ['sekunden?', 'minuten?', 'stunden?'],
    fixed: [[/halbe stunde/, HALF_HOUR], [/(?:anderthalb|eineinhalb) stunden?/, 5400]],
    andHalf: /(?<![\d.])(\d+)einhalb stunden?/,
  },
  fr: {
    units: ['secondes?', 'minutes?', 'heures?'],
    fixed: [[/demi heure/, HALF_HOUR]],
    andHalf: /(?<![\d.])(\d+) heures? et demie?/,
  },
  es: { units: ['segundos?', 'minutos?', 'horas?'], fixed: [[/media hora/, HALF_HOUR]], andHalf: /(?<![\d.])(\d+) horas? y media/ },
  it: { units: ['secondi|secondo', 'minuti|minuto', 'ore|ora'], fixed: [[/mezz'? ?ora|mezza ora/, HALF_HOUR]], andHalf: /(?<![\d.])(\d+) or[ae] e mezz[ao]/ },
  pt: { units: ['segundos?', 'minutos?', 'horas?'], fixed: [[/meia hora/, HALF_HOUR]], andHalf: /(?<![\d.])(\d+) horas? e meia/ },
  ja: { units: ['秒', '分間?', '時間'], fixed: [[/半時間/, HALF_HOUR]], andHalf: /(?<![\d.])(\d+)時間半/ },
  zh: { units: ['秒钟?|秒鐘?', '分钟|分鐘|分', '个?小时|個?小時|个?钟头'], fixed: [[/半(?:个|個)?小[时時]/, HALF_HOUR]], andHalf: /(?<![\d.])(\d+)(?:个|個)?半小[时時]/ },
  hi: {
    units: ['सेकंड|सेकेंड', 'मिनट', 'घंटे|घंटा|घंटों'],
    fixed: [[/आध[ाे] घंट[ाे]/, HALF_HOUR], [/डेढ़ घंट[ाे]/, 5400], [/ढाई घंट[ाे]/, 9000]],
  },
  ar: {
    units: ['ثانيه|ثواني|ثوان', 'دقيقه|دقائق|دقايق', 'ساعه|ساعات'],
    fixed: [
      [/(?:نص|نصف) ساعه/, HALF_HOUR],
      [/ربع ساعه/, 900],
      [/ساعتين|ساعتان/, 7200],
      [/دقيقتين|دقيقتان/, 120],
      [/ساعه ونص/, 5400],
    ],
  },
  ru: {
    units: ['секунд[уыа]?', 'минут[уыа]?', 'час(?:а|ов)?'],
    fixed: [[/полчаса/, HALF_HOUR], [/(?:полтора|1\.5) часа/, 5400], [/полминуты/, 30]],
    andHalf: /(?<![\d.])(\d+) с половиной час/,
  },
  sw: { units: ['sekunde', 'dakika', 'masaa|saa'], fixed: [[/nusu saa/, HALF_HOUR]], unitFirst: true, andHalf: /saa (\d+) na nusu/ },
};

const FACTORS = [1, 60, 3600];

/**
 * A number before (or, unit first, after) a unit: digits with an optional fraction and
 * exponent ("1e9 seconds" is a billion seconds, not 9). It starts where no digit, dot or
 * colon is before it, so a run of digits is scanned once from its start (linear), and
 * "7:30 minutes" is not read as 30 minutes. Letters may come before it (Arabic "ل5 دقائق").
 */
const NUMBER = '(?<![\\d.:])(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)';

/** A minus sign on a number ("-5 minutes", "-5分"), not a dash between numbers ("5-10"). */
const signed = (d: string, lang: string) =>
  new RegExp(`${isUnspaced(lang) ? '(?<![\\p{N}.])' : '(?<![\\p{L}\\p{N}.])'}[-−](?=\\d)`, 'u').test(d);

/**
 * Reads a duration in `locale`'s words; null when it names no unit of time or its number is
 * beyond floating point. The value is what was said: "-5 minutes" is -300 and "0 seconds"
 * is 0; the skill decides which lengths it accepts.
 */
export function parseDuration(text: string, locale: string): number | null {
  const lang = langOf(locale);
  const lex = LEX[lang];
  if (!lex) return null;
  let d = digitize(clean(text, lang), lang).replace(/(\d),(\d)/g, '$1.$2');
  const negative = signed(d, lang);
  let total = 0;
  let found = false;
  const half = lex.andHalf?.exec(d);
  if (half) {
    total += (Number(half[1] ?? 1) * 3600) + HALF_HOUR;
    found = true;
    d = d.replace(half[0], ' ');
  }
  for (const [re, seconds] of lex.fixed ?? []) {
    const m = re.exec(d);
    if (!m) continue;
    // A zero entry rewrites "an hour" to "1 hour" instead of adding a fixed amount.
    if (seconds === 0) d = d.replace(re, '1 ');
    else {
      total += seconds;
      found = true;
      d = d.replace(m[0], ' ');
    }
  }
  lex.units.forEach((unit, i) => {
    const re = lex.unitFirst ? new RegExp(`(?:${unit}) [-−]?${NUMBER}`, 'gu') : new RegExp(`${NUMBER} ?(?:${unit})`, 'gu');
    for (const m of d.matchAll(re)) {
      total += Number(m[1]) * FACTORS[i]!;
      found = true;
    }
    // A bare unit means one of it ("час" → an hour, "ساعه" → an hour).
    if (!found && new RegExp(`(?:^|\\s)(?:${unit})(?:$|\\s)`).test(d) && !/\d/.test(d)) {
      total += FACTORS[i]!;
      found = true;
    }
  });
  if (!found || !Number.isFinite(total)) return null;
  const seconds = Math.round(total);
  // The sign applies to the whole length ("-1 hour 30 minutes" is -5400); never -0.
  return negative && seconds !== 0 ? -seconds : seconds;
}

/** Languages whose word for "hours" is also the word for "o'clock" (sept heures, семь часов, saa saba). */
const HOUR_IS_OCLOCK = new Set(['fr', 'es', 'it', 'pt', 'ru', 'ar', 'sw']);

/** Words that make "N hours" a length of time there ("dans deux heures", "через два часа"). */
const DURATION_CUES: Record<string, RegExp> = {
  fr: /(?:^|\s)(?:dans|pendant|durant)\s/,
  es: /(?:^|\s)(?:en|durante|dentro de)\s/,
  it: /(?:^|\s)(?:tra|fra)\s/,
  pt: /(?:^|\s)(?:em|daqui a|durante)\s/,
  ru: /(?:^|\s)(?:через|в течение)\s/,
  ar: /(?:^|\s)(?:بعد|لمده|خلال)\s/,
  sw: /(?:^|\s)(?:baada ya|kwa muda wa)\s/,
};

/**
 * The slot read as a length of time when that is what the utterance means, else null:
 * "five minutes" is a timer, but "à neuf heures du matin", "ten minutes past nine", "9時"
 * and a value with a date are clock times; "dans sept heures", "через два часа" are lengths
 * (see clockCues.ts). Undecided: hour words that also mean o'clock (sept heures) are times.
 */
export function durationMeant(slot: string, utterance: string, locale: string, hasDate = false): number | null {
  const seconds = parseDuration(slot, locale);
  if (seconds === null) return null;
  const lang = langOf(locale);
  const cue = clockOrLength(clean(slot, lang), clean(utterance, lang), lang, hasDate);
  if (cue !== null) return cue ? null : seconds;
  const d = digitize(clean(slot, lang), lang);
  const hours = LEX[lang]?.units[2];
  const namesHours = hours !== undefined && new RegExp(`(?:^|\\s|\\d)(?:${hours})(?:$|\\s)`).test(d);
  if (HOUR_IS_OCLOCK.has(lang) && namesHours && !DURATION_CUES[lang]?.test(clean(utterance, lang))) return null;
  return seconds;
}
