/**
 * Words that turn the volume up, down or off, in MASSIVE's languages that have no pack yet:
 * "skruva upp", "vähän hiljempaa", "תרים את הווליום", "keraskan suaranya", "tắt tiếng". The
 * NLU mixes the three volume intents up (mute for "turn it up" in several languages), and
 * without a pack nothing checked its reading against the words.
 *
 * Regex sources on the cleaned lower-case text (see wordPatterns.ts). A language's words
 * are phrases that say the direction on their own ("louder"), or the sound's noun with a
 * verb ("raise the volume"); a bare verb ("raise") is left out, since it also brightens a
 * light.
 */
import { LETTER, anyOf, saidOnly, stem, word } from './wordPatterns.ts';

export type VolumeDirection = 'up' | 'down' | 'mute';

/** `unmute`: undoing a mute ("בטל השתקה", "unmute"), which is turning the sound up, as MASSIVE labels it. */
type Words = Readonly<Record<VolumeDirection, readonly string[]> & { unmute?: readonly string[] }>;

const WORDS: Readonly<Record<string, Words>> = {
  af: { up: [stem('harder|luider')], down: [stem('sagter|saggies|stiller')], mute: [stem('demp'), word('stil')] },
  am: { up: ['ድም[ጽፅ]\\S* (?:ጨምር|ከፍ አድርግ)'], down: ['ድም[ጽፅ]\\S* (?:ቀንስ|ዝቅ አድርግ)'], mute: ['ድም[ጽፅ]\\S* አጥፋ'] },
  az: { up: ['səsi (?:artır|qaldır)', stem('daha ucadan')], down: ['səsi (?:azalt|endir)'], mute: [stem('səssiz'), 'səsi (?:kəs|bağla)'] },
  bn: { up: ['(?:আওয়াজ|ভলিউম|শব্দ) \\S*\\s?বাড়া'], down: ['(?:আওয়াজ|ভলিউম|শব্দ) \\S*\\s?কমা'], mute: ['মিউট', 'নিঃশব্দ'], unmute: ['আনমিউট'] },
  ca: { up: [stem('més fort|apuja'), '(?:puja|augmenta) el volum', 'parla més alt'], down: [stem('més fluix|abaixa'), '(?:baixa|redueix) el volum', 'parla més baix'], mute: [stem('silencia'), word('sense so|mut')] },
  cy: { up: [word('yn uwch|uwch'), "codi'r sain|cynyddu'r sain"], down: [word('yn is|tawelach'), stem('gostwng')], mute: [stem('distewi|mudo')] },
  da: { up: [stem('højere'), word('skru op'), 'lydstyrken op'], down: [stem('lavere'), word('skru ned'), 'sænk lyden'], mute: ['slå lyden fra', 'sluk for lyden', stem('lydløs'), word('mute')], unmute: ['fjern mute', 'slå lyden til'] },
  el: { up: [stem('δυνάμωσ|δυναμωσ|πιο δυνατά|πιο δυνατα'), '(?:ανέβασε|αύξησε) την ένταση'], down: [stem('πιο σιγά|πιο σιγα|πιο χαμηλά'), '(?:χαμήλωσε|μείωσε) την ένταση', 'χαμήλωσε τον ήχο'], mute: [stem('σίγασ|σιγασ'), 'σβήσε τον ήχο', word('mute')], unmute: ['(?:βγες|βγάλε|βγαλε|βγείτε) από (?:τη |την )?σίγαση', '(?:διακοπή|κατάργηση|κατ.?αργηση|άρση) σίγασης'] },
  fa: { up: ['(?:صدا|ولوم)\\S* (?:را |رو )?(?:\\S+ )?زیاد', word('بلند ?تر')], down: [`(?:صدا|ولوم)\\S* (?:را |رو )?(?:کم(?!${LETTER})|کمتر)`, 'آرام‌?تر', 'یواش‌?تر'], mute: ['بی‌? ?صدا', 'قطع صدا', 'صدا (?:را |رو )?قطع'], unmute: ['از (?:حالت )?بی‌? ?صدا (?:خارج|در)'] },
  fi: { up: [stem('kovemmalle|lujemmalle|kovempaa|lujempaa'), 'nosta ään', 'äänenvoimakkuutta ylös'], down: [stem('hiljemmalle|hiljempaa|hiljaisemmalle'), '(?:laske|vähennä) ään'], mute: [stem('mykistä'), 'äänet pois'] },
  he: { up: ['תגביר', 'הגבר', 'תרים את ה(?:ווליום|עוצמה|ווליום)', 'חזק יותר', 'יותר חזק'], down: ['תנמיך', 'הנמך', 'תוריד את ה(?:ווליום|עוצמה)', 'חלש יותר', 'יותר חלש', 'יותר בשקט'], mute: ['השתק', 'תשתיק', 'בלי קול'], unmute: ['(?:בטל|תבטל|תבטלי|ביטול) (?:את )?(?:ה)?השתק'] },
  hu: { up: [stem('hangosabb|hangosít|felhangosít'), 'hangerőt fel'], down: [stem('halkabb|halkít|lehalkít'), 'hangerőt le'], mute: [stem('némít|lenémít')], unmute: [stem('némítás\\S* (?:ki|fel)'), 'ki a \\S* ?némítás', stem('feloldja a némítás')] },
  hy: { up: ['ձայնը բարձրացր', 'բարձրացրու ձայնը', 'ավելի բարձր'], down: ['ձայնը իջեցր', 'իջեցրու ձայնը', 'ավելի կամաց'], mute: ['անջատիր ձայնը', 'ձայնն անջատիր', 'լռեցր'] },
  id: { up: [stem('keraskan|besarkan suara|naikkan volume|lebih keras')], down: [stem('kecilkan suara|pelankan|lebih pelan|turunkan volume')], mute: [stem('bisukan|senyapkan|matikan suara')], unmute: [stem('nyalakan suara|hidupkan suara|batalkan bisu')] },
  is: { up: [stem('hærra|hækkaðu í'), 'hækka hljóð'], down: [stem('lægra|lækkaðu í'), 'lækka hljóð'], mute: [stem('þagga'), 'slökktu á hljóðinu'] },
  jv: { up: [stem('bantere|banterke|gedhekke swara')], down: [stem('alonke|lirihke|cilikke swara')], mute: ['mateni swara', 'pateni swara'] },
  ka: { up: [stem('აუწიე'), 'ხმამაღლა'], down: [stem('დაუწიე')], mute: ['ხმა გათიშე', 'ხმის გათიშვა', stem('დადუმ')] },
  km: { up: ['បង្កើនសំឡេង', 'ដំឡើងសំឡេង'], down: ['បន្ថយសំឡេង'], mute: ['បិទសំឡេង'] },
  kn: { up: ['(?:ವಾಲ್ಯೂಮ್|ಧ್ವನಿ|ಸೌಂಡ್) \\S*\\s?ಹೆಚ್ಚಿಸ'], down: ['(?:ವಾಲ್ಯೂಮ್|ಧ್ವನಿ|ಸೌಂಡ್) \\S*\\s?ಕಡಿಮೆ ಮಾಡ'], mute: ['ಮ್ಯೂಟ್'], unmute: ['ಅನ್\\u200c?ಮ್ಯೂಟ್'] },
  lv: { up: [stem('skaļāk'), 'palielini skaļumu'], down: [stem('klusāk'), 'samazini skaļumu'], mute: ['izslēdz skaņu', 'bez skaņas', stem('apklusini')] },
  ml: { up: ['(?:ശബ്ദം|വോളിയം|സൗണ്ട്) \\S*\\s?കൂട്ട'], down: ['(?:ശബ്ദം|വോളിയം|സൗണ്ട്) \\S*\\s?കുറയ്ക്ക'], mute: ['മ്യൂട്ട്', 'നിശബ്ദ'], unmute: ['അൺമ്യൂട്ട്'] },
  mn: { up: ['дууг (?:нэм|өсгө)', stem('чангал')], down: ['дууг (?:багас|буур)', stem('намсга')], mute: ['дууг хаа', stem('дуугүй')] },
  ms: { up: [stem('kuatkan|naikkan volum|besarkan suara')], down: [stem('perlahankan|kurangkan volum|turunkan volum|kecilkan suara')], mute: [stem('senyapkan|bisukan|matikan suara')] },
  // အသံချဲ့စက် is a loudspeaker; အသံကျယ် (loud) also says that it is too loud.
  my: { up: ['အသံ ?ချဲ့(?!စက်)'], down: ['အသံ ?လျှော့'], mute: ['အသံ ?ပိတ်'] },
  nb: { up: [stem('høyere'), word('skru opp'), 'øk volumet'], down: [stem('lavere'), word('skru ned'), 'senk volumet'], mute: ['demp lyden', 'skru av lyden', stem('lydløs'), word('mute')] },
  ro: { up: [stem('mai tare'), '(?:crește|creste|mărește|mareste) volumul'], down: [stem('mai încet|mai incet'), '(?:scade|micșorează|micsoreaza|redu) volumul'], mute: [word('fără sonor|fara sonor'), '(?:oprește|opreste) sonorul'] },
  sl: { up: [stem('glasneje|glasnejš|pojačaj'), 'povečaj glasnost'], down: [stem('tišje|potiho'), '(?:zmanjšaj|utišaj) glasnost'], mute: [`${stem('utišaj')}(?! glasnost)`, 'izklopi zvok', 'brez zvoka'] },
  sq: { up: [stem('më fort|rrit volumin|ngri zërin')], down: [stem('më ulët|ul volumin|ule zërin|më qetë')], mute: [stem('hiq zërin'), word('pa zë')] },
  sv: { up: [stem('högre|höj volym|skruva upp|öka volym')], down: [stem('lägre|sänk volym|skruva ner|minska volym|tystare')], mute: ['stäng av ljudet', stem('ljudlös'), word('tysta|mute')] },
  ta: { up: ['(?:சத்தத்தை|ஒலியை|வால்யூம்) \\S*\\s?அதிகரி'], down: ['(?:சத்தத்தை|ஒலியை|வால்யூம்) \\S*\\s?குறை'], mute: ['ஒலியடக்கு', 'மியூட்'], unmute: ['அன்மியூட்'] },
  te: { up: ['(?:వాల్యూమ్|సౌండ్|శబ్దం) \\S*\\s?పెంచ'], down: ['(?:వాల్యూమ్|సౌండ్|శబ్దం) \\S*\\s?తగ్గించ'], mute: ['మ్యూట్'], unmute: ['అన్\\u200c?మ్యూట్'] },
  th: { up: ['เพิ่มเสียง', 'เสียงดังขึ้น', 'ดังขึ้น', 'เร่งเสียง'], down: ['ลดเสียง', 'เสียงเบาลง', 'เบาลง', 'เบาเสียง'], mute: ['(?<!เ)ปิดเสียง'], unmute: ['เปิดเสียง'] },
  tl: { up: [stem('lakasan|palakasin')], down: [stem('hinaan|pahinain')], mute: [word('i mute|patahimikin'), 'patayin ang tunog'] },
  ur: { up: ['(?:آواز|والیوم) (?:\\S+ )?(?:بڑھا|تیز(?!ی))'], down: ['(?:آواز|والیوم) (?:\\S+ )?(?:کم|دھیمی)'], mute: ['میوٹ', 'آواز بند'] },
  vi: { up: [word('to lên|to hơn|lớn hơn|tăng âm lượng|tăng âm|vặn to')], down: [word('nhỏ lại|nhỏ hơn|bé lại|giảm âm lượng|giảm âm|vặn nhỏ')], mute: [word('tắt tiếng|tắt âm|im lặng')], unmute: [word('bỏ tắt tiếng|bật tiếng|mở tiếng')] },
};

const COMPILED: ReadonlyMap<string, { said: Readonly<Record<VolumeDirection, RegExp>>; unmute: RegExp | null }> = new Map(
  Object.entries(WORDS).map(([lang, w]) => [lang, { said: { up: anyOf(w.up), down: anyOf(w.down), mute: anyOf(w.mute) }, unmute: w.unmute ? anyOf(w.unmute) : null }]),
);

// NOTE: an unmute holds the mute word (เปิดเสียง holds ปิดเสียง, "bỏ tắt tiếng", "בטל השתקה"): it is read first.

/** The one volume direction that the cleaned `text` says in `lang` (no pack), or null (none, or more than one). */
export function volumeSaidOnly(text: string, lang: string): VolumeDirection | null {
  const words = COMPILED.get(lang);
  if (!words) return null;
  if (words.unmute?.test(text)) return 'up';
  return saidOnly(text, words.said);
}

/** The languages with volume words here (for tests). */
export const VOLUME_WORD_LANGS: readonly string[] = Object.keys(WORDS);
