/**
 * Ethiopian time, as Amharic is spoken: the day's hours count from 6 am, so "ጠዋት አስራ ሁለት
 * ሰዓት" (twelve in the morning) is 06:00, "ከሰዓት በኋላ ዘጠኝ ሰዓት" (nine in the afternoon)
 * 15:00 and "ከምሽቱ አንድ ሰዓት" (one in the evening) 19:00. MASSIVE's Amharic mostly says the
 * international hour ("ስድስት ሰዓት ኤ.ኤም.", six a.m.), and sometimes the Ethiopian one
 * ("ከንጋቱ አስራ ሁለት ሰዓት" for six a.m., "ከሰዓቱ አስራ አንድ ሰዓት" for five p.m.). The part of the
 * day tells them apart: an hour it cannot hold on the international clock (twelve in the
 * morning, nine in the afternoon, one in the evening, seven at night) is Ethiopian. An hour said
 * without a part of the day, or with "a.m."/"p.m.", stays international.
 */
const MORNING = /ጠዋ|ጥዋ|ንጋት|ንጋቱ/u;
// "ከቀኑ ዘጠኝ ሰዓት" (nine of the day) is 15:00 too.
const AFTERNOON = /ከሰዓት|ከሰአት|ከሰዓቱ|ከቀትር በኋላ|ከቀኑ/u;
const EVENING = /ምሽ|ማታ/u;
const NIGHT = /ሌሊ/u;
const LATIN_PERIOD = /[ኤፒ]\.? ?ኤም/u;

/** The hour on the 24-hour clock when `h`, said in the cleaned `text`, is Ethiopian time; else null. */
export function ethiopianHour(h: number, text: string): number | null {
  if (h < 1 || h > 12 || LATIN_PERIOD.test(text)) return null;
  if (MORNING.test(text) && (h === 12 || h <= 4)) return (h % 12) + 6;
  if (AFTERNOON.test(text) && h >= 7) return h + 6;
  if (EVENING.test(text) && (h === 12 || h <= 4)) return (h % 12) + 18;
  if (NIGHT.test(text) && h >= 6 && h <= 11) return h - 6;
  return null;
}
