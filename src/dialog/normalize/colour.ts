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
  warm: '#ffc46b',
  cool: '#d6e6ff',
} as const;

export type ColourName = keyof typeof COLOURS;

type Stems = Record<ColourName, string>;

/** Word stems per language, `|`-separated; Latin and Cyrillic stems match word starts. */
const STEMS: Record<string, Stems> = {
  en: { red: 'red|reddish', orange: 'orange', yellow: 'yellow|yellowish', green: 'green|greenish', blue: 'blue|bluish', purple: 'purple|violet|lavender', pink: 'pink', white: 'white', warm: 'warm|warmer', cool: 'cool|cooler|cold|colder' },
  de: { red: 'rot|rötlich', orange: 'orange', yellow: 'gelb', green: 'grün|gruen', blue: 'blau', purple: 'lila|violett|lavendel', pink: 'rosa|pink', white: 'weiß|weiss', warm: 'warm|wärmer', cool: 'kühl|kalt' },
  fr: { red: 'rouge', orange: 'orange', yellow: 'jaune', green: 'vert', blue: 'bleu', purple: 'violet|pourpre|lavande', pink: 'rose', white: 'blanc', warm: 'chaud|chaleureu', cool: 'froid|frais' },
  es: { red: 'roj', orange: 'naranja', yellow: 'amarill', green: 'verde', blue: 'azul|azúl', purple: 'morad|púrpura|violeta|lavanda', pink: 'rosa', white: 'blanc', warm: 'cálid|calid', cool: 'frí|fri|fresc' },
  it: { red: 'ross', orange: 'arancio', yellow: 'giall', green: 'verd', blue: 'blu|azzurr', purple: 'viola|lavanda', pink: 'rosa', white: 'bianc', warm: 'cald', cool: 'fredd' },
  pt: { red: 'vermelh|avermelh', orange: 'laranja', yellow: 'amarel', green: 'verde', blue: 'azul|azuis', purple: 'roxo|roxa|púrpura|violeta|lavanda', pink: 'rosa', white: 'branc', warm: 'quente|caloros', cool: 'fri' },
  ja: { red: '赤|レッド', orange: 'オレンジ|橙', yellow: '黄|イエロー', green: '緑|グリーン', blue: '青|ブルー', purple: '紫|パープル|ラベンダー', pink: 'ピンク|桃色', white: '白|ホワイト', warm: '暖', cool: '寒色|冷たい' },
  zh: { red: '红|紅', orange: '橙|橘', yellow: '黄|黃', green: '绿|綠', blue: '蓝|藍', purple: '紫|薰衣草', pink: '粉', white: '白', warm: '暖|温暖', cool: '冷' },
  hi: { red: 'लाल', orange: 'नारंगी|संतरी', yellow: 'पीला|पीले|पीली', green: 'हरा|हरे|हरी', blue: 'नीला|नीले|नीली', purple: 'बैंगनी|लैवेंडर', pink: 'गुलाबी', white: 'सफेद|सफ़ेद', warm: 'गर्म|वार्म', cool: 'ठंड' },
  ar: { red: 'حمر', orange: 'برتقال', yellow: 'صفر', green: 'خضر|خظر', blue: 'زرق', purple: 'بنفسج|ارجوان', pink: 'وردي|زهري', white: 'ابيض|بيضا', warm: 'داف|دفء|دافي', cool: 'بارد' },
  ru: { red: 'красн', orange: 'оранжев', yellow: 'желт', green: 'зелен', blue: 'син|голуб', purple: 'фиолет|лавандов', pink: 'розов', white: 'бел', warm: 'тепл', cool: 'холодн' },
  sw: { red: 'nyekundu|wekundu', orange: 'machungwa|chungwa', yellow: 'manjano', green: 'kijani', blue: 'bluu|buluu|samawati', purple: 'zambarau', pink: 'waridi|pinki', white: 'nyeupe|mweupe', warm: 'joto', cool: 'baridi' },
};

// Substring match where words carry prefixes (Arabic ال, Hindi postpositions) or have no spaces.
const SUBSTRING_LANGS = new Set(['ar', 'hi']);

/** A colour named in `locale`'s words, or null. */
export function parseColour(text: string, locale: string): { name: ColourName; hex: string } | null {
  const lang = langOf(locale);
  const stems = STEMS[lang];
  if (!stems) return null;
  // English colour words are common in every language's speech ("orange", "blue"), so they are tried too.
  return match(clean(text, lang), lang, stems) ?? (lang === 'en' ? null : match(clean(text, 'en'), 'en', STEMS.en!));
}

function match(t: string, lang: string, stems: Stems): { name: ColourName; hex: string } | null {
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
