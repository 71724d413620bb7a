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
  'Europe/Moscow': ['moscow', 'moskau', 'moscou', 'moscú', 'mosca', 'moscovo', 'モスクワ', '莫斯科', 'मास्को', 'موسكو', 'москва', 'московск', 'санкт петербург', 'петербург', 'питер', 'казань', 'сочи', 'st petersburg', 'saint petersburg'],
  'Europe/Kaliningrad': ['kaliningrad', 'калининград'],
  'Asia/Yekaterinburg': ['yekaterinburg', 'екатеринбург', 'тюмень', 'челябинск'],
  'Asia/Novosibirsk': ['novosibirsk', 'новосибирск'],
  'Asia/Vladivostok': ['vladivostok', 'владивосток', 'находка'],
  'Africa/Harare': ['harare', 'zimbabwe', 'зимбабве', 'زيمبابوي'],
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
  'America/New_York': ['new york', 'new york city', 'nueva york', 'nova iorque', 'ニューヨーク', '纽约', 'न्यूयॉर्क', 'نيويورك', 'нью йорк', 'eastern', 'east coast', 'e s t', 'est', 'boston', 'washington', 'miami', 'orlando', 'florida', 'atlanta', 'восточн'],
  'America/Chicago': ['chicago', 'シカゴ', '芝加哥', 'чикаго', 'central', 'c s t', 'cst', 'texas', 'dallas', 'houston', 'центральн'],
  'America/Denver': ['denver', 'mountain', 'm s t', 'mst', 'phoenix'],
  'America/Los_Angeles': ['los angeles', 'california', 'san francisco', 'seattle', 'pacific', 'p s t', 'pst', 'west coast', 'las vegas', 'sacramento', 'ロサンゼルス', '洛杉矶', 'لوس انجلوس', 'лос анджелес', 'тихоокеанск', 'l a'],
  'America/Mexico_City': ['mexico city', 'ciudad de méxico', 'méxico', 'mexico'],
  'America/Sao_Paulo': ['são paulo', 'sao paulo', 'rio de janeiro', 'rio', 'brasil', 'brazil', 'brésil'],
  'America/Toronto': ['toronto', 'montreal', 'montréal', 'ottawa'],
  'Australia/Sydney': ['sydney', 'melbourne', 'シドニー', '悉尼', 'сидней', 'سيدني', 'australia'],
  'Asia/Singapore': ['singapore', 'singapur', 'singapour', 'シンガポール', '新加坡'],
  'Asia/Seoul': ['seoul', 'séoul', 'seúl', 'ソウル', '首尔', 'сеул', 'korea'],
  'Asia/Bangkok': ['bangkok', 'バンコク', '曼谷', 'бангкок', 'thailand'],
  UTC: ['utc', 'gmt', 'g m t', 'g. m. t.'],
};

/** Whether `name` occurs in the padded text `t` as words; Cyrillic names may inflect (лондоне, московского). */
function occurs(t: string, name: string): boolean {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(name)) return t.includes(name);
  if (/[а-я]/.test(name)) {
    const stem = name.replace(/[аяоеьйы]$/, '');
    return new RegExp(`\\s${stem}[а-я]{0,4}(?=\\s)`).test(t);
  }
  return t.includes(` ${name} `);
}

/** The IANA zone for a place name, or null when it is not in the table. */
export function zoneForPlace(place: string, locale: string): string | null {
  const lang = langOf(locale);
  const t = ` ${clean(place, lang).replace(/\./g, ' ').replace(/\s+/g, ' ')} `;
  for (const [zone, names] of Object.entries(CITIES)) {
    if (names.some((n) => occurs(t, clean(n, lang)))) return zone;
  }
  return null;
}
