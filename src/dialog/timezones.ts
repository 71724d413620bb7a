/**
 * Major cities → IANA time zones, with the names people use for them in the supported
 * languages, so "what time is it in Tokyo / 東京 / Токио / टोक्यो" can be answered by `Intl`.
 */
import { clean, langOf } from './normalize/index.ts';

/** IANA zone → names (lower-case, Arabic folded the way `clean` folds it). */
const CITIES: Record<string, string[]> = {
  'Europe/London': ['london', 'londres', 'londra', 'londen', 'ロンドン', '伦敦', '倫敦', 'लंदन', 'لندن', 'лондон', 'londoni', 'uk', 'england', 'great britain'],
  'Europe/Paris': ['paris', 'parigi', 'パリ', '巴黎', 'पेरिस', 'باريس', 'париж', 'france'],
  'Europe/Berlin': ['berlin', 'berlino', 'berlim', 'ベルリン', '柏林', 'बर्लिन', 'برلين', 'берлин', 'germany', 'deutschland'],
  'Europe/Madrid': ['madrid', 'マドリード', '马德里', 'मैड्रिड', 'مدريد', 'мадрид', 'spain', 'españa'],
  'Europe/Rome': ['rome', 'roma', 'rom', 'ローマ', '罗马', 'रोम', 'روما', 'рим', 'italy', 'italia'],
  'Europe/Lisbon': ['lisbon', 'lisboa', 'lissabon', 'lisbonne', 'リスボン', '里斯本', 'لشبونه', 'лиссабон', 'portugal'],
  'Europe/Moscow': ['moscow', 'moskau', 'moscou', 'moscú', 'mosca', 'moscovo', 'モスクワ', '莫斯科', 'मास्को', 'موسكو', 'москва', 'москве', 'moscow'],
  'Asia/Tokyo': ['tokyo', 'tokio', 'tóquio', '東京', '东京', 'टोक्यो', 'طوكيو', 'токио', 'japan', 'japon', '日本'],
  'Asia/Shanghai': ['beijing', 'peking', 'pékin', 'pekín', 'pechino', 'pequim', 'shanghai', '北京', '上海', 'बीजिंग', 'بكين', 'пекин', 'china', 'chine', '中国'],
  'Asia/Hong_Kong': ['hong kong', '香港'],
  'Asia/Kolkata': ['delhi', 'new delhi', 'mumbai', 'bombay', 'kolkata', 'india', 'indien', 'inde', 'दिल्ली', 'मुंबई', 'भारत', 'نيودلهي', 'дели', 'мумбаи', 'デリー', '新德里'],
  'Asia/Dubai': ['dubai', 'ドバイ', '迪拜', 'दुबई', 'دبي', 'дубай'],
  'Asia/Riyadh': ['riyadh', 'riad', 'riyad', 'الرياض', 'رياض', 'эр рияд', 'mecca', 'مكه', 'jeddah', 'جده'],
  'Africa/Cairo': ['cairo', 'kairo', 'le caire', 'el cairo', 'القاهره', 'каир', 'カイロ', '开罗', 'egypt', 'مصر'],
  'Africa/Nairobi': ['nairobi', 'ナイロビ', '内罗毕', 'نيروبي', 'найроби', 'kenya', 'mombasa', 'dar es salaam'],
  'Africa/Lagos': ['lagos', 'nigeria', 'لاغوس', 'лагос'],
  'Africa/Johannesburg': ['johannesburg', 'cape town', 'kapstadt', 'south africa'],
  'America/New_York': ['new york', 'new york city', 'nueva york', 'nova iorque', 'ニューヨーク', '纽约', 'न्यूयॉर्क', 'نيويورك', 'нью йорк', 'eastern', 'boston', 'washington', 'miami'],
  'America/Chicago': ['chicago', 'シカゴ', '芝加哥', 'шикаго', 'central', 'texas', 'dallas', 'houston'],
  'America/Denver': ['denver', 'mountain'],
  'America/Los_Angeles': ['los angeles', 'california', 'san francisco', 'seattle', 'pacific', 'ロサンゼルス', '洛杉矶', 'لوس انجلوس', 'лос анджелес', 'la'],
  'America/Mexico_City': ['mexico city', 'ciudad de méxico', 'méxico', 'mexico'],
  'America/Sao_Paulo': ['são paulo', 'sao paulo', 'rio de janeiro', 'rio', 'brasil', 'brazil', 'brésil'],
  'America/Toronto': ['toronto', 'montreal', 'montréal', 'ottawa'],
  'Australia/Sydney': ['sydney', 'melbourne', 'シドニー', '悉尼', 'сидней', 'سيدني', 'australia'],
  'Asia/Singapore': ['singapore', 'singapur', 'singapour', 'シンガポール', '新加坡'],
  'Asia/Seoul': ['seoul', 'séoul', 'seúl', 'ソウル', '首尔', 'сеул', 'korea'],
  'Asia/Bangkok': ['bangkok', 'バンコク', '曼谷', 'бангкок', 'thailand'],
  UTC: ['utc', 'gmt', 'g m t', 'g. m. t.'],
};

/** The IANA zone for a place name, or null when it is not in the table. */
export function zoneForPlace(place: string, locale: string): string | null {
  const lang = langOf(locale);
  const t = ` ${clean(place, lang).replace(/\./g, ' ').replace(/\s+/g, ' ')} `;
  for (const [zone, names] of Object.entries(CITIES)) {
    // CJK names are matched as substrings; others as whole words.
    if (names.some((n) => (/[\u3040-\u30ff\u4e00-\u9fff]/.test(n) ? t.includes(n) : t.includes(` ${clean(n, lang)} `)))) return zone;
  }
  return null;
}
