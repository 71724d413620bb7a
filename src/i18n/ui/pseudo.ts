/**
 * The pseudo-locale (`?uiPseudo`): every UI string in English with accented letters, about a
 * third longer and in brackets, `[Ŝéţţíñĝš ~~~ ~~~]`, so text that is not translatable
 * (hard-coded), clipped or laid out for English lengths stands out. Numbers and the values put
 * into a message are left as they are.
 */

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
const MAP = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i] ?? c]));

/** Marks a value so `pseudoLocalize` leaves it alone (private-use delimiters around its index). */
export const keepMark = (index: number): string => `\uE000${index}\uE001`;

/**
 * `text` accented, lengthened by about 35% and bracketed; `kept[i]` replaces `keepMark(i)`
 * unchanged.
 */
export function pseudoLocalize(text: string, kept: readonly string[] = []): string {
  const accented = [...text].map((c) => MAP.get(c) ?? c).join('');
  const letters = [...text].filter((c) => /\p{L}/u.test(c)).length;
  const padding = Array.from({ length: Math.ceil((letters * 0.35) / 4) }, () => '~~~').join(' ');
  const body = accented.replace(/\uE000(\d+)\uE001/g, (m, i: string) => kept[Number(i)] ?? m);
  return `[${body}${padding ? ` ${padding}` : ''}]`;
}
