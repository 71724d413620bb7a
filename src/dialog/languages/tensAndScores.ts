/**
 * Numbers said in tens or in scores, for the number-word table (numberWords.ts): Welsh "saith
 * deg tri" (seven tens three, 73), "dau ddeg pump" (25), "hanner cant" (half a hundred, 50);
 * Georgian "ოცდახუთი" (twenty and five), "ორმოცდაათი" (two twenties and ten, 50). The packs'
 * reader composes tens and units, not these.
 */
const CY_TEN_OF: Readonly<Record<string, number>> = { dau: 20, tri: 30, pedwar: 40, pum: 50, chwe: 60, saith: 70, wyth: 80, naw: 90 };
const CY_UNIT_OF: Readonly<Record<string, number>> = {
  un: 1, dau: 2, dwy: 2, tri: 3, tair: 3, pedwar: 4, pedair: 4, pump: 5, pum: 5, chwech: 6, chwe: 6, saith: 7, wyth: 8, naw: 9,
};
const CY_TENS = new RegExp(
  `(?<![\\p{L}\\p{M}])(${Object.keys(CY_TEN_OF).join('|')}) (?:deg|ddeg)(?: (${Object.keys(CY_UNIT_OF).join('|')}))?(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Welsh tens and units as digits ("saith deg tri" → "73"), "hanner cant" as 50, "un ar ddeg" as one word. */
export function welshTens(t: string): string {
  return t
    .replace(CY_TENS, (_m, tens: string, unit: string | undefined) => String(CY_TEN_OF[tens]! + (unit ? CY_UNIT_OF[unit]! : 0)))
    .replace(/(?<![\p{L}\p{M}])hanner cant(?![\p{L}\p{M}])/gu, '50')
    .replace(/(?<![\p{L}\p{M}])un ar ddeg(?![\p{L}\p{M}])/gu, 'unarddeg');
}

/** Georgian counts in twenties: "ოცდახუთი" is twenty and five, "ორმოცდაათი" two twenties and ten. */
const KA_SCORES: Readonly<Record<string, number>> = { ოც: 20, ორმოც: 40, სამოც: 60, ოთხმოც: 80 };
export function georgian(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const at = word.indexOf('და');
  if (at <= 0) return undefined;
  const score = KA_SCORES[word.slice(0, at)];
  const rest = table.get(word.slice(at + 2));
  return score !== undefined && rest !== undefined && rest >= 1 && rest <= 19 ? score + rest : undefined;
}

/**
 * Georgian says the minutes of the coming hour with the hour in the genitive: "შვიდის
 * თხუთმეტ წუთზე" (fifteen minutes of the seventh hour) is 6:15, "რვის ნახევარზე" (the half of
 * the eighth) 7:30. Once number words are digits the genitive is gone, so it is marked first:
 * "7 ის 15 წუთზე", "8 ის ნახევარზე" (clockWords.ts reads the marker, `hourOf`).
 */
const KA_GENITIVE: Readonly<Record<string, number>> = {
  ერთ: 1, ორ: 2, სამ: 3, ოთხ: 4, ხუთ: 5, ექვს: 6, შვიდ: 7, რვ: 8, ცხრ: 9, ათ: 10, თერთმეტ: 11, თორმეტ: 12,
};
const KA_HOUR_OF = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(KA_GENITIVE).join('|')})ის(?= [\\p{L}\\d]+ წუთ| ნახევარ)`, 'gu');

export function georgianHourOf(t: string): string {
  return t.replace(KA_HOUR_OF, (_m, stem: string) => `${KA_GENITIVE[stem]} ის`);
}
