/**
 * Words that make a light brighter or dimmer, in MASSIVE's languages that have no pack yet:
 * "világosabbra", "mai luminos", "més de llum", "sáng hơn", "mörkare". The NLU confuses
 * brighten and dim, which share every other word ("tudnád egy kicsit világosabbra állítani"
 * read as dimming at 0.94), as it does in the packs' languages (their `brightness` words).
 *
 * Regex sources on the cleaned lower-case text (see wordPatterns.ts). Only words that ask for
 * a change: "bright" alone is mostly said of the light as it is ("இது மிகவும் பிரகாசமாக
 * உள்ளது", it is too bright here, asks for dimmer), so it is listed with "more" or "less".
 */
import { anyOf, saidOnly, stem, word } from './wordPatterns.ts';

export type BrightnessDirection = 'up' | 'down';

const WORDS: Readonly<Record<string, Readonly<Record<BrightnessDirection, readonly string[]>>>> = {
  af: { up: [stem('helderder|ligter')], down: [stem('dowwer|donkerder|dowwe')] },
  am: { up: ['ብርሃኑን ጨምር'], down: ['ብርሃኑን ቀንስ'] },
  az: { up: [stem('daha parlaq|parlaqlaşdır'), 'işığı artır'], down: [stem('daha zəif|zəiflət|qaralt'), 'işığı azalt'] },
  bn: { up: ['আরও উজ্জ্বল', 'উজ্জ্বলতা বাড়া'], down: ['কম উজ্জ্বল', 'মৃদু', 'আলো কমা', 'উজ্জ্বলতা কমা'] },
  ca: { up: [stem('més (?:de )?llum|més brillant|il·lumina més')], down: [stem('menys llum|més fosc|atenua')] },
  cy: { up: [stem('mwy disglair|goleuach|disgleiriach')], down: [stem('tywyllach|pylu|llai llachar')] },
  da: { up: [stem('lysere|mere lys'), 'skru op for lyset'], down: [stem('mørkere|dæmp|mindre lys'), 'skru ned for lyset'] },
  el: { up: [stem('πιο φωτειν|φωτεινότερ|περισσότερο φως'), 'δυνάμωσε (?:το φως|τα φώτα)'], down: [stem('πιο σκοτειν|πιο αμυδρ|σκοτεινότερ|λιγότερο φως'), 'χαμήλωσε (?:το φως|τα φώτα)'] },
  fa: { up: ['روشن‌? ?تر', 'نور (?:را |رو )?زیاد'], down: ['کم‌? ?نور', 'تاریک‌? ?تر', 'نور (?:را |رو )?کم(?![\\p{L}])'] },
  fi: { up: [`(?<!vähemmän |liian )${stem('kirkkaam|valoisam')}`, stem('lisää valoa')], down: [stem('himme|tummem|vähemmän valoa|vähemmän kirkka')] },
  he: { up: ['יותר אור', 'בהיר יותר', 'יותר בהיר', '(?:תגביר|הגבר) את האור'], down: ['פחות אור', 'עמעם', 'חשוך יותר', 'תנמיך את האור'] },
  hu: { up: [stem('világosabb|fényesebb|erősebb fény')], down: [stem('sötétebb|halványabb|tompít|gyengébb fény')] },
  hy: { up: ['ավելի պայծառ', 'պայծառացր'], down: ['ավելի մութ', 'մթնեցր', 'խամրեցր'] },
  id: { up: [stem('lebih terang|terangkan')], down: [stem('lebih redup|redupkan|lebih gelap|gelapkan')] },
  is: { up: [stem('bjartar|bjartara|meira ljós')], down: [stem('dimmra|daufara|dekkra|minna ljós')] },
  jv: { up: [stem('luwih padhang|padhangke')], down: [stem('luwih peteng|suremke')] },
  ka: { up: ['უფრო ნათელ', 'უფრო კაშკაშ'], down: ['უფრო მკრთალ', 'ჩააბნელ', 'დაბინდ'] },
  km: { up: ['ភ្លឺជាង', 'បង្កើនពន្លឺ'], down: ['បន្ថយពន្លឺ', 'ស្រអាប់'] },
  kn: { up: ['ಹೆಚ್ಚು ಪ್ರಕಾಶಮಾನ'], down: ['ಮಂದ'] },
  lv: { up: [stem('gaišāk|spilgtāk')], down: [stem('tumšāk|blāvāk|aptumšo')] },
  ml: { up: ['തെളിച്ചം കൂട്ട'], down: ['തെളിച്ചം കുറ', 'മങ്ങ'] },
  mn: { up: [stem('илүү тод')], down: [stem('бүдэг|бүдгэр')] },
  ms: { up: [stem('lebih terang|terangkan')], down: [stem('lebih malap|malapkan|lebih gelap|gelapkan')] },
  my: { up: ['ပိုလင်း'], down: ['မှိန်'] },
  nb: { up: [stem('lysere|mer lys'), 'skru opp lyset'], down: [stem('mørkere|demp|dimm|mindre lys'), 'skru ned lyset'] },
  ro: { up: [stem('mai luminos|mai luminoas|mai multă lumină|mai multa lumina')], down: [stem('mai întunecat|mai intunecat|mai puțină lumină|mai putina lumina|estompeaz|atenueaz|diminueaz')] },
  sl: { up: [stem('svetlejš|več svetlobe')], down: [stem('temnejš|zatemni|manj svetlobe'), 'zmanjšaj svetlobo'] },
  sq: { up: [stem('më e ndritshme|më shumë dritë')], down: [stem('më e errët|më pak dritë|zbehe|errëso')] },
  sv: { up: [stem('ljusare|mer ljus'), 'skruva upp ljuset'], down: [stem('mörkare|dämpa|dimma|mindre ljus'), 'skruva ner ljuset'] },
  ta: { up: ['பிரகாசம் கூட்ட', 'அதிக பிரகாசமாக'], down: ['மங்கலாக', 'பிரகாசம் குறை', 'குறைவாக பிரகாசமாக'] },
  te: { up: ['మరింత ప్రకాశవంతం'], down: ['మసక', 'తక్కువ ప్రకాశవంతం'] },
  th: { up: ['สว่างขึ้น', 'สว่างกว่า', 'เพิ่มแสง', 'เพิ่มความสว่าง'], down: ['มืดลง', 'หรี่', 'ลดแสง', 'ลดความสว่าง'] },
  tl: { up: [stem('mas maliwanag|liwanagan')], down: [stem('mas madilim|dilimin')] },
  ur: { up: ['روشن تر', 'زیادہ روشن', 'روشنی بڑھا'], down: ['مدھم', 'روشنی کم'] },
  vi: { up: [word('sáng hơn|sáng lên|tăng độ sáng')], down: [word('tối hơn|tối lại|giảm độ sáng|mờ đi|mờ hơn|dịu đi')] },
};

const COMPILED: ReadonlyMap<string, Readonly<Record<BrightnessDirection, RegExp>>> = new Map(
  Object.entries(WORDS).map(([lang, w]) => [lang, { up: anyOf(w.up), down: anyOf(w.down) }]),
);

/** The one brightness direction the cleaned `text` says in `lang` (no pack), or null (neither, or both). */
export function brightnessSaidOnly(text: string, lang: string): BrightnessDirection | null {
  const words = COMPILED.get(lang);
  return words ? saidOnly(text, words) : null;
}

/** The languages with brightness words here (for tests). */
export const BRIGHTNESS_WORD_LANGS: readonly string[] = Object.keys(WORDS);
