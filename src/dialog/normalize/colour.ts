/**
 * Colour words → one of the light's colours: "red", "rote", "bleues", "rojas", "赤",
 * "红色", "लाल", "أزرق", "зелёный", "kijani". Inflected forms match by stem; null for
 * anything else ("something softer", "random"), so the skill asks instead of guessing.
 */
import { clean, isUnspaced, langOf } from './text.ts';

/** The light's colours (names are the canonical English keys). */
export const COLOURS = {
  red: '#ff3b30',
  orange: '#ff9500',
  yellow: '#ffcc00',
  green: '#34c759',
  blue: '#0a84ff',
  purple: '#af52de',
  pink: '#ff6fb5',
  white: '#ffffff',
} as const;

export type ColourName = keyof typeof COLOURS;

type Stems = Record<ColourName, string>;

/** Word stems per language, `|`-separated; Latin and Cyrillic stems match word starts. */
const STEMS: Record<string, Stems> = {
  en: { red: 'red', orange: 'orange', yellow: 'yellow', green: 'green', blue: 'blue', purple: 'purple|violet', pink: 'pink', white: 'white' },
  de: { red: 'rot', orange: 'orange', yellow: 'gelb', green: 'grün|gruen', blue: 'blau', purple: 'lila|violett', pink: 'rosa|pink', white: 'weiß|weiss' },
  fr: { red: 'rouge', orange: 'orange', yellow: 'jaune', green: 'vert', blue: 'bleu', purple: 'violet|pourpre', pink: 'rose', white: 'blanc' },
  es: { red: 'roj', orange: 'naranja', yellow: 'amarill', green: 'verde', blue: 'azul', purple: 'morad|púrpura|violeta', pink: 'rosa', white: 'blanc' },
  it: { red: 'ross', orange: 'arancio', yellow: 'giall', green: 'verd', blue: 'blu|azzurr', purple: 'viola', pink: 'rosa', white: 'bianc' },
  pt: { red: 'vermelh', orange: 'laranja', yellow: 'amarel', green: 'verde', blue: 'azul', purple: 'roxo|roxa|púrpura|violeta', pink: 'rosa', white: 'branc' },
  ja: { red: '赤|レッド', orange: 'オレンジ|橙', yellow: '黄|イエロー', green: '緑|グリーン', blue: '青|ブルー', purple: '紫|パープル', pink: 'ピンク|桃色', white: '白|ホワイト' },
  zh: { red: '红|紅', orange: '橙|橘', yellow: '黄|黃', green: '绿|綠', blue: '蓝|藍', purple: '紫', pink: '粉', white: '白' },
  hi: { red: 'लाल', orange: 'नारंगी|संतरी', yellow: 'पीला|पीले|पीली', green: 'हरा|हरे|हरी', blue: 'नीला|नीले|नीली', purple: 'बैंगनी', pink: 'गुलाबी', white: 'सफेद|सफ़ेद' },
  ar: { red: 'حمر', orange: 'برتقال', yellow: 'صفر', green: 'خضر|خظر', blue: 'زرق', purple: 'بنفسج', pink: 'وردي|زهري', white: 'ابيض|بيضا' },
  ru: { red: 'красн', orange: 'оранжев', yellow: 'желт', green: 'зелен', blue: 'син|голуб', purple: 'фиолет', pink: 'розов', white: 'бел' },
  sw: { red: 'nyekundu|wekundu', orange: 'machungwa|chungwa', yellow: 'manjano', green: 'kijani', blue: 'bluu|buluu|samawati', purple: 'zambarau', pink: 'waridi|pinki', white: 'nyeupe|mweupe' },
};

// Substring match where words carry prefixes (Arabic ال, Hindi postpositions) or have no spaces.
const SUBSTRING_LANGS = new Set(['ar', 'hi']);

/** A colour named in `locale`'s words, or null. */
export function parseColour(text: string, locale: string): { name: ColourName; hex: string } | null {
  const lang = langOf(locale);
  const stems = STEMS[lang];
  if (!stems) return null;
  const t = clean(text, lang);
  const words = t.split(' ');
  for (const [name, list] of Object.entries(stems) as [ColourName, string][]) {
    const hit = list.split('|').some((stem) => {
      if (isUnspaced(lang) || SUBSTRING_LANGS.has(lang)) return t.includes(stem);
      // English needs whole words ("red" must not match "reduce"); others inflect.
      return words.some((w) => (lang === 'en' ? w === stem || w === `${stem}s` : w.startsWith(stem)));
    });
    if (hit) return { name, hex: COLOURS[name] };
  }
  return null;
}
