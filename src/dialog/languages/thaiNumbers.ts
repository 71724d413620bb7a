/**
 * Thai numerals for the number-word table of languages without a pack (numberWords.ts). Thai is
 * written without spaces, so the space-separated reader of the other languages cannot see its
 * numbers: this one finds them by their morphemes, next to clock and length words.
 */
/** Thai numerals, written without spaces: "สามสิบ" is 30, "ยี่สิบเอ็ด" 21. */
const TH_DIGIT: Readonly<Record<string, number>> = {
  ศูนย์: 0, หนึ่ง: 1, เอ็ด: 1, สอง: 2, ยี่: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9,
};
const TH_UNIT = '(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)';
const TH_RUN = `(?:(?:${TH_UNIT}|ยี่)?สิบ(?:เอ็ด|${TH_UNIT})?|${TH_UNIT})`;
/**
 * Thai number words are read only where a clock or length word follows ("หกโมง", "สามสิบนาที")
 * or a clock word comes before ("ตีห้า", "บ่ายสาม", the minutes of "แปดโมงสี่สิบห้า"): unspaced, "ห้า" (five) also begins "ห้าง"
 * (a mall) and "เก้า" (nine) "เก้าอี้" (a chair).
 */
const TH_NUMBER = new RegExp(`(?<=(?:ตี|บ่าย|โมง|ทุ่ม)\\s?)${TH_RUN}|${TH_RUN}(?=\\s?(?:นาที|วินาที|ชั่วโมง|โมง|ทุ่ม|นาฬิกา))`, 'gu');
function thaiValue(run: string): number {
  const at = run.indexOf('สิบ');
  if (at < 0) return TH_DIGIT[run] ?? 0;
  const tens = at === 0 ? 1 : (TH_DIGIT[run.slice(0, at)] ?? 1);
  return tens * 10 + (TH_DIGIT[run.slice(at + 3)] ?? 0);
}
export const thaiDigitize = (t: string) => t.replace(TH_NUMBER, (run) => ` ${thaiValue(run)} `).replace(/\s+/g, ' ').trim();
