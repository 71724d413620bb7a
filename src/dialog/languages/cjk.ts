/**
 * Positional numerals (Chinese characters in ja and zh, Sino-Korean in ko): a digit
 * before 十/百/千 multiplies it, a digit after it adds ("二十五" = 25, "十" = 10).
 */

/** Chinese-character digits as used in Japanese and Chinese. */
export const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 俩: 2, 倆: 2, 三: 3, 仨: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a run of positional numerals. A run of bare digits with no multiplier is read
 * digit by digit, as years and numbers are said (二〇二五 = 2025).
 */
export function positionalValue(run: string, digits: Readonly<Record<string, number>>, multipliers: Readonly<Record<string, number>>): number {
  const chars = [...run];
  if (chars.length > 1 && !chars.some((ch) => ch in multipliers)) return Number(chars.map((ch) => digits[ch] ?? 0).join(''));
  let total = 0;
  let digit = -1;
  for (const ch of chars) {
    if (ch in digits) digit = digits[ch]!;
    else {
      total += (digit < 0 ? 1 : digit) * (multipliers[ch] ?? 1);
      digit = -1;
    }
  }
  return total + Math.max(digit, 0);
}

/** Value of a run of Chinese-character numerals (二十五 = 25, 十 = 10, 百二 = 102, 二〇二五 = 2025). */
export function cjkValue(run: string): number {
  return positionalValue(run, CJK_DIGITS, CJK_MULTIPLIERS);
}

/** Every run of Chinese-character numerals in `t` as decimal digits. */
export function digitizeCjk(t: string): string {
  return t.replace(/[〇零一二两兩俩倆三仨四五六七八九十百千]+/g, (run) => String(cjkValue(run)));
}
