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

/** A space or none, or the zero-width space that Khmer and Burmese typing puts between words. */
const GAP = '[\\s\\u200b]?';
/** Bengali য় and ড় as clean() leaves them (NFKC splits the precomposed letters into letter and nukta). */
const BN_Y = 'য\\u09bc';
const BN_R = 'ড\\u09bc';
/** The sound's noun, its ending, and up to one or two words before the verb (Dravidian and Indic word order: noun, then verb). */
const BN_SOUND = `(?:আও${BN_Y}াজ|ভলিউম|শব্দ|সাউন্ড)\\S* (?:\\S+ )?`;
const KN_SOUND = `${stem('ವಾಲ್ಯೂಮ|ವಾಲ್ಯುಮ|ಧ್ವನಿ|ಸೌಂಡ|ಶಬ್ದ')}\\S* (?:\\S+ ){0,2}`;
const ML_SOUND = `${stem('ശബ്ദ|വോളിയ|സൗണ്ട')}\\S* (?:\\S+ ){0,2}`;
// ஒலி(ம்) would also begin "ஒலிம்பிக்" (Olympics).
const TA_SOUND = `${stem('சத்த|ஒலி(?!ம்)|வால்யூ|சவுண்ட')}\\S* (?:\\S+ ){0,2}`;
const TE_SOUND = `${stem('వాల్యూమ|సౌండ|శబ్ద|ధ్వని')}\\S* (?:\\S+ ){0,2}`;
/** Amharic ድምጽ/ድምፅ with its ending written into the last letter (ድምፁን, ድምጹን: its sound). */
const AM_SOUND = '(?:ድም[ጽፅጹፁ]|ቮሊዩም|ቮልዩም)\\S* (?:\\S+ )?';
const FA_SOUND = '(?:صدا|ولوم|والیوم)\\S*';
const HE_SOUND = 'ה(?:ווליום|וליום|עוצמה|קול|סאונד)';
const KA_SOUND = '(?:ხმის დონე\\S*|ხმა|ხმას)';
const KM_SOUND = `(?:កម្រិត${GAP})?(?:សំឡេង|សម្លេង)`;
const MY_SOUND = `အသံ${GAP}(?:ကို${GAP})?(?:နည်းနည်း${GAP})?`;
const UR_SOUND = '(?:آواز|والیوم|ساؤنڈ|ساونڈ) (?:\\S+ ){0,2}';
const JV_SOUND = stem('swara|suara|volume|volum');
/** Tagalog: the verb, its "mo"/"niyo"/"po", then the sound ("lakasan mo ang volume"). */
const TL_OBJ = "(?:mo |niyo |nyo |po )*(?:ang |yung |'yung )?";

const WORDS: Readonly<Record<string, Words>> = {
  // "sit die musiek op" puts the music on: only "draai" turns it up.
  af: {
    up: [stem('harder|luider'), `${stem('verhoog')} (?:die )?${word('volume|klank')}`, `${word('volume|klank')} (?:\\S+ )?${word('hoër')}`, `${word('draai')} (?:die )?${word('volume|klank|musiek')} ${word('op')}(?! ?\\d)`],
    down: [stem('sagter|saggies|stiller'), `${stem('verlaag')} (?:die )?${word('volume|klank')}`, `${word('volume|klank')} (?:\\S+ )?${word('laer')}`],
    mute: [stem('demp'), word('stil'), word('klank af|mute')],
    unmute: [stem('ontdemp'), word('unmute'), `${word('klank')} (?:weer )?${word('aan')}`],
  },
  am: {
    up: ['ድም[ጽፅ]\\S* (?:ጨምር|ከፍ አድርግ)', `${AM_SOUND}(?:ጨም[ርሪሩ]|ከፍ (?:አድ|አ)ር[ግጊጉ])`],
    down: ['ድም[ጽፅ]\\S* (?:ቀንስ|ዝቅ አድርግ)', `${AM_SOUND}(?:ቀን[ስሺሱ]|ዝቅ (?:አድ|አ)ር[ግጊጉ])`],
    mute: ['ድም[ጽፅ]\\S* አጥፋ', `${AM_SOUND}(?:አጥ[ፋፊፉ]|ዝ[ጋጊጉ])`],
    unmute: [`${AM_SOUND}ክፈ[ትቺቱ]`],
  },
  // "səsini aç" (open the sound) turns it up, as in Turkish.
  az: {
    up: ['səsi (?:artır|qaldır)', stem('daha ucadan|daha bərkdən'), `${stem('səs(?:i|ini)?')} (?:\\S+ ){0,2}(?:artır|qaldır|çoxalt|aç(?:ın)?(?!${LETTER}))`],
    down: ['səsi (?:azalt|endir)', `${stem('səs(?:i|ini)?')} (?:\\S+ ){0,2}(?:azalt|endir|alçalt|aşağı sal)`],
    mute: [stem('səssiz'), 'səsi (?:kəs|bağla)', `${stem('səs(?:i|ini)?')} (?:\\S+ ){0,2}(?:kəs|bağla|söndür)`],
  },
  // "বাড়িয়ে দাও", "কমিয়ে দাও": the verb's other stem. No "জোরে" alone: "খুব জোরে" (too loud) asks for less.
  bn: {
    up: ['(?:আওয়াজ|ভলিউম|শব্দ) \\S*\\s?বাড়া', `${BN_SOUND}(?:বা${BN_R}া|বা${BN_R}ি${BN_Y}ে|বেশি কর|জোরে কর)`, stem('আরও জোরে|আরো জোরে')],
    down: ['(?:আওয়াজ|ভলিউম|শব্দ) \\S*\\s?কমা', `${BN_SOUND}(?:কমা|কমি${BN_Y}ে|কম কর|আস্তে কর)`],
    mute: ['মিউট', 'নিঃশব্দ', `(?:আও${BN_Y}াজ|সাউন্ড|ভলিউম)\\S* (?:\\S+ )?বন্ধ`],
    unmute: ['আনমিউট', `(?:আও${BN_Y}াজ|সাউন্ড)\\S* (?:\\S+ )?(?:চালু|অন কর)`],
  },
  ca: {
    up: [stem('més fort|apuja|apugi'), '(?:puja|augmenta) el volum', 'parla més alt', `${stem('puja|pugi|augmenta|augmenti|apuja|apugi')} (?:\\S+ ){0,2}(?:el )?${word('volum|so')}`, word('més volum|volum més alt')],
    down: [stem('més fluix|abaixa'), '(?:baixa|redueix) el volum', 'parla més baix', `${stem('baixa|baixi|abaixa|abaixi|redueix|disminueix')} (?:\\S+ ){0,2}(?:el )?${word('volum|so')}`, word('menys volum|volum més baix')],
    mute: [stem('silencia'), word('sense so|mut'), `${word('treu|apaga')} (?:\\S+ ){0,2}(?:el )?${word('so')}`, `${word('posa|posar')} (?:\\S+ ){0,2}en silenci`],
    unmute: [`${word('activa|reactiva|torna a posar|torna a activar')} (?:\\S+ ){0,2}(?:el )?${word('so')}`, word('(?:treu|desactiva) (?:li )?el silenci'), stem('dessilencia')],
  },
  // "yn dawelach": "tawelach" mutated after "yn". "mudo" is also to move house (left as it was).
  cy: {
    up: [word('yn uwch|uwch'), "codi'r sain|cynyddu'r sain", `${word('cod[ai]|codwch|cynydda|cynyddwch')}(?:'r| y) sain`, `${word('sain')} (?:\\S+ )?i fyny`],
    down: [word('yn is|tawelach|dawelach'), stem('gostwng'), `${word('lleiha|lleihewch|lleihau')}(?:'r| y) sain`, `${word('sain')} (?:\\S+ )?i lawr`],
    mute: [stem('distewi|distewa|mudo'), `${word('diffodd|diffoddwch')}(?:'r| y) sain`],
    unmute: [word('dad ?(?:dewi|fudo|distewi)'), `${word('sain')} (?:yn ôl )?ymlaen`],
  },
  // "lyden til" would also be "skru lyden til 30" (to 30): "til" only in "slå lyden til".
  da: {
    up: [stem('højere'), word('skru op'), 'lydstyrken op', `${word('skru')} (?:lidt |en smule |mere )?${word('op')}`, `${word('lyd(?:en|styrken)?')} (?:lidt |en smule )?${word('op')}`, `${word('hæv|øg|forøg')} (?:\\S+ )?${word('lyd(?:en|styrken)?')}`, word('mere lyd')],
    down: [stem('lavere'), word('skru ned'), 'sænk lyden', `${word('skru')} (?:lidt |en smule )?${word('ned')}`, `${word('lyd(?:en|styrken)?')} (?:lidt |en smule )?${word('ned')}`, `${word('sænk|mindsk|reducer')} (?:\\S+ )?${word('lyd(?:en|styrken)?')}`, word('mindre lyd'), stem('stillere')],
    mute: ['slå lyden fra', 'sluk for lyden', stem('lydløs'), word('mute'), `${word('sluk')} (?:for )?${word('lyden')}`],
    unmute: ['fjern mute', 'slå lyden til', `${word('tænd')} (?:for )?${word('lyden')}`, word('unmute|ophæv lydløs|slå mute fra')],
  },
  el: {
    up: [
      stem('δυνάμωσ|δυναμωσ|πιο δυνατά|πιο δυνατα'),
      '(?:ανέβασε|αύξησε) την ένταση',
      `${stem('ανέβασε|ανεβασε|ανεβάστε|ανεβαστε|αύξησε|αυξησε|αυξήστε|αυξηστε|άνοιξε|ανοιξε|ανοίξτε|ανοιξτε')} (?:λίγο |λιγο )?(?:την |τη |τον |το )?(?:ένταση|ενταση|ήχο|ηχο|volume)`,
    ],
    down: [
      stem('πιο σιγά|πιο σιγα|πιο χαμηλά|πιο χαμηλα|πιο σιγανά|πιο σιγανα'),
      '(?:χαμήλωσε|μείωσε) την ένταση',
      'χαμήλωσε τον ήχο',
      `${stem('χαμήλωσε|χαμηλωσε|χαμηλώστε|χαμηλωστε|μείωσε|μειωσε|μειώστε|μειωστε|κατέβασε|κατεβασε|κατεβάστε|κατεβαστε')} (?:λίγο |λιγο )?(?:την |τη |τον |το )?(?:ένταση|ενταση|ήχο|ηχο|volume)`,
    ],
    mute: [stem('σίγασ|σιγασ'), 'σβήσε τον ήχο', word('mute'), `${stem('σβήσε|σβησε|σβήστε|κλείσε|κλεισε|κλείστε|κόψε|κοψε')} (?:τον |το )?(?:ήχο|ηχο)`, word('χωρίς ήχο|χωρις ηχο|στο βουβό|στο βουβο')],
    unmute: [
      '(?:βγες|βγάλε|βγαλε|βγείτε) από (?:τη |την )?σίγαση',
      '(?:διακοπή|κατάργηση|κατ.?αργηση|άρση) σίγασης',
      '(?:βγάλε|βγαλε|βγάλτε)(?: το)? από το (?:βουβό|βουβο)',
      `${stem('επανέφερε|επανεφερε|ξαναβάλε|ξαναβαλε')} (?:τον |το )?(?:ήχο|ηχο)`,
    ],
  },
  // "صدای بالا" (a high sound) is no request: "بالا"/"پایین" only after "را"/"رو" or a verb ("صداشو ببر بالا").
  fa: {
    up: ['(?:صدا|ولوم)\\S* (?:را |رو )?(?:\\S+ )?زیاد', word('بلند ?تر'), `${FA_SOUND} (?:را |رو )(?:\\S+ )?بالا`, `${FA_SOUND} (?:ببر|بیار|بده) بالا`, 'افزایش (?:صدا|ولوم)', `${FA_SOUND} (?:را |رو )?بلند کن`],
    down: [`(?:صدا|ولوم)\\S* (?:را |رو )?(?:کم(?!${LETTER})|کمتر)`, 'آرام‌?تر', 'یواش‌?تر', 'آهسته‌?تر', `${FA_SOUND} (?:را |رو )(?:\\S+ )?پایین`, `${FA_SOUND} (?:ببر|بیار) پایین`, 'کاهش (?:صدا|ولوم)'],
    mute: ['بی‌? ?صدا', 'قطع صدا', 'صدا (?:را |رو )?قطع', `${FA_SOUND} (?:را |رو )?(?:ببند|خاموش)`, 'میوت', 'سایلنت'],
    unmute: ['از (?:حالت )?بی‌? ?صدا (?:خارج|در)', 'آن ?میوت', `${FA_SOUND} (?:را |رو )?وصل کن`],
  },
  // "lisää äänikirja" (add an audiobook) and "laske äänet" (count the votes): the new verbs take whole nouns.
  fi: {
    up: [stem('kovemmalle|lujemmalle|kovempaa|lujempaa'), 'nosta ään', 'äänenvoimakkuutta ylös', `${stem('nosta|nostaisitko|nostakaa|lisää|lisäisitkö|kasvata')} (?:\\S+ ){0,2}(?:${word('ääntä|ääni|äänet|äänen')}|${stem('äänenvoimakkuu|volyymi')})`, `(?:${word('ääni|äänet')}|${stem('äänenvoimakkuu|volyymi')})\\S* (?:\\S+ ){0,2}${word('ylös|isommalle')}`],
    down: [stem('hiljemmalle|hiljempaa|hiljaisemmalle'), '(?:laske|vähennä) ään', `${stem('laske|laskisitko|laskekaa|vähennä|pienennä')} (?:\\S+ ){0,2}(?:${word('ääntä|ääni|äänet|äänen')}|${stem('äänenvoimakkuu|volyymi')})`, `(?:${word('ääni|äänet')}|${stem('äänenvoimakkuu|volyymi')})\\S* (?:\\S+ ){0,2}${word('alas|pienemmälle')}`],
    mute: [stem('mykist'), 'äänet pois', `${word('ääni')} pois`, stem('äänettömä|äänetön')],
    unmute: [stem('poista mykistys|mykistys pois'), `${word('ääni|äänet')} (?:takaisin )?päälle`],
  },
  // "הגבר" is also "the man" ("מי הגבר הכי חזק"): only before "את", "קצת", "עוד" or the sound.
  he: {
    up: ['תגביר', `הגבר(?:י)?(?= (?:את|קצת|עוד|${HE_SOUND})(?!${LETTER}))`, 'תרים את ה(?:ווליום|עוצמה|ווליום)', 'חזק יותר', 'יותר חזק', `(?:תגביר|הגביר|תרים|תרימי|הרם|הרימי|תעלה|תעלי) (?:\\S+ ){0,2}(?:את )?(?:${HE_SOUND}|המוזיקה|המוסיקה)`],
    down: ['תנמיך', 'הנמך', 'הנמיכי', 'תוריד את ה(?:ווליום|עוצמה)', 'חלש יותר', 'יותר חלש', 'יותר בשקט', 'בשקט יותר', `(?:תוריד|תורידי|הורד|הורידי|תחליש|תחלישי|החלש) (?:\\S+ ){0,2}(?:את )?${HE_SOUND}`],
    mute: ['השתק', 'תשתיק', 'השתיקי', 'בלי קול', 'בלי סאונד', 'מיוט', `(?:כבה|תכבה|תכבי|כבי) (?:את )?ה(?:קול|סאונד)`],
    unmute: ['(?:בטל|תבטל|תבטלי|ביטול) (?:את )?(?:ה)?השתק', 'אנמיוט', '(?:בטל|תבטל|תבטלי) (?:את )?(?:ה)?מיוט', `(?:תחזיר|תחזירי|החזר) (?:את )?ה(?:קול|סאונד)`],
  },
  hu: {
    up: [stem('hangosabb|hangosít|felhangosít'), 'hangerőt fel', `${stem('növel|emel|feljebb')}\\S* (?:\\S+ ){0,2}(?:a )?${stem('hangerő|hangot')}`, `${stem('hangerő')}\\S* (?:\\S+ ){0,2}${word('feljebb')}`],
    down: [stem('halkabb|halkít|lehalkít'), 'hangerőt le', `${stem('csökkent|lejjebb')}\\S* (?:\\S+ ){0,2}(?:a )?${stem('hangerő|hangot')}`, `${stem('hangerő')}\\S* (?:\\S+ ){0,2}${word('lejjebb')}`],
    mute: [stem('némít|lenémít|némára'), `${word('kapcsold ki|kapcsolja ki')} (?:a )?${word('hangot')}`],
    unmute: [stem('némítás\\S* (?:ki|fel)'), 'ki a \\S* ?némítás', stem('feloldja a némítás|oldd fel a némítás'), `${word('kapcsold be|kapcsolja be')} (?:a )?${word('hangot')}`, `${word('hangot')} vissza`],
  },
  hy: {
    up: ['ձայնը բարձրացր', 'բարձրացրու ձայնը', 'ավելի բարձր', `(?:բարձրացր|ավելացր)\\S* (?:\\S+ ){0,2}ձայն(?:ը|ն)?(?!${LETTER})`, `ձայն(?:ը|ն)? (?:\\S+ ){0,2}(?:բարձրացր|ավելացր)`],
    down: ['ձայնը իջեցր', 'իջեցրու ձայնը', 'ավելի կամաց', `(?:իջեցր|պակասեցր|փոքրացր|նվազեցր)\\S* (?:\\S+ ){0,2}ձայն(?:ը|ն)?(?!${LETTER})`, `ձայն(?:ը|ն)? (?:\\S+ ){0,2}(?:իջեցր|պակասեցր|փոքրացր|նվազեցր)`],
    mute: ['անջատիր ձայնը', 'ձայնն անջատիր', 'լռեցր', `անջատ(?:իր|եք) (?:\\S+ ){0,2}ձայն(?:ը|ն)?(?!${LETTER})`, `ձայն(?:ը|ն)? (?:\\S+ ){0,2}անջատ`],
    unmute: [`միացր\\S* (?:\\S+ ){0,2}ձայն(?:ը|ն)?(?!${LETTER})`, `ձայն(?:ը|ն)? (?:\\S+ ){0,2}միացր`],
  },
  // "tambahkan lagu" adds a song: the new verbs take "suara"/"volume", and "lagu" only with turning it down.
  id: {
    up: [stem('keraskan|besarkan suara|naikkan volume|lebih keras|lebih kencang|lebih kenceng'), `${stem('(?:naik|besar|gede|keras|kenceng|kencang|tinggi)(?:kan|in)')} (?:\\S+ )?${stem('suara|volume|volum|musik')}`, `${stem('tambah(?:kan|in)?')} (?:\\S+ )?${stem('suara|volume')}`],
    down: [stem('kecilkan suara|pelankan|pelanin|lebih pelan|turunkan volume'), `${stem('(?:turun|kecil|pelan|rendah)(?:kan|in)|kurangi|kurangin')} (?:\\S+ )?${stem('suara|volume|volum|musik|lagu')}`],
    mute: [stem('bisukan|senyapkan|matikan suara|matiin suara|mode senyap|mode hening|heningkan|tanpa suara'), word('mute')],
    unmute: [stem('nyalakan suara|hidupkan suara|batalkan bisu|nyalain suara|hidupin suara|aktifkan suara|unmute')],
  },
  is: {
    up: [stem('hærra|hækkaðu í'), 'hækka hljóð', `${stem('hækk')}\\S* (?:\\S+ )?${stem('hljóð')}`],
    down: [stem('lægra|lækkaðu í'), 'lækka hljóð', `${stem('lækk|minnk')}\\S* (?:\\S+ )?${stem('hljóð')}`],
    mute: [stem('þagga'), 'slökktu á hljóðinu', `${stem('slökk')}\\S* (?:\\S+ )?á ${stem('hljóð')}`, stem('hljóðlaus')],
    unmute: [`${stem('kveik')}\\S* (?:\\S+ )?á ${stem('hljóð')}`, stem('afþagga')],
  },
  // "gedhekke swarane", "swarane dilirihke": ngoko causatives (-ke, -kake, -na, -i), passive with di-.
  // "alon" is also slow: only with the sound's noun.
  jv: {
    up: [stem('bantere|banterke|gedhekke swara|dibanterke|dibanteri|banteri|banterna|banterno|luwih banter'), `${stem('(?:di)?(?:gedh?e|unggah)k?(?:ke|kake|na|no|i)')} (?:\\S+ )?${JV_SOUND}`, `${JV_SOUND}\\S* (?:\\S+ )?${stem('(?:di)?(?:gedh?e|unggah|banter)k?(?:ke|kake|na|no|i)')}`],
    down: [stem('alonke|lirihke|cilikke swara|dilirihke|dilirihi|lirihna|lirihno|lirihi|luwih lirih'), `${stem('(?:di)?(?:cilik|alon|lirih|mudhun)k?(?:ke|kake|na|no|i)')} (?:\\S+ )?${JV_SOUND}`, `${JV_SOUND}\\S* (?:\\S+ )?${stem('(?:di)?(?:cilik|alon|lirih|mudhun)k?(?:ke|kake|na|no|i)')}`],
    mute: ['mateni swara', 'pateni swara', `${stem('mateni|pateni|patenana|patenono')} (?:\\S+ )?${stem('swara|suara')}`, `${stem('swara|suara')}\\S* (?:\\S+ )?${stem('dipateni|dimateni')}`, word('mute')],
    unmute: [`${stem('(?:di)?(?:urip|urup)(?:ke|kake|na|no|i)')} (?:\\S+ )?${stem('swara|suara')}`, `${stem('swara|suara')}\\S* (?:\\S+ )?${stem('(?:di)?(?:urip|urup)(?:ke|kake|na|no|i)')}`],
  },
  ka: {
    up: [stem('აუწიე'), 'ხმამაღლა', `${KA_SOUND} (?:\\S+ )?(?:გაზარდე|მოუმატე)`, `(?:გაზარდე|მოუმატე)\\S* (?:\\S+ )?${KA_SOUND}(?!${LETTER})`],
    down: [stem('დაუწიე'), `${KA_SOUND} (?:\\S+ )?(?:შეამცირე|დაუკელი)`, `(?:შეამცირე|დაუკელი)\\S* (?:\\S+ )?${KA_SOUND}(?!${LETTER})`, 'უფრო ჩუმად'],
    mute: ['ხმა გათიშე', 'ხმის გათიშვა', stem('დადუმ'), `(?:გათიშე|გამორთე)\\S* (?:\\S+ )?ხმა(?!${LETTER})`, `ხმა(?:ს)? (?:\\S+ )?(?:გათიშე|გამორთე)`],
    unmute: [`ჩართე\\S* (?:\\S+ )?ხმა(?!${LETTER})`, `ხმა(?:ს)? (?:\\S+ )?ჩართე`, 'დადუმების (?:გაუქმება|მოხსნა)', '(?:გააუქმე|მოხსენი) დადუმება'],
  },
  // សំឡេង is also spelt សម្លេង; កម្រិតសំឡេង is the volume level. បើកសំឡេង (open the sound) turns it on.
  km: {
    up: ['បង្កើនសំឡេង', 'ដំឡើងសំឡេង', `(?:បង្កើន|ដំឡើង)${GAP}${KM_SOUND}`],
    down: ['បន្ថយសំឡេង', `បន្ថយ${GAP}${KM_SOUND}`],
    mute: ['បិទសំឡេង', `បិទ${GAP}${KM_SOUND}`],
    unmute: [`បើក${GAP}${KM_SOUND}`],
  },
  // "ಸೌಂಡ್ ಜಾಸ್ತಿ" alone also says that it is too loud: "more" only with ಮಾಡು (make).
  kn: {
    up: ['(?:ವಾಲ್ಯೂಮ್|ಧ್ವನಿ|ಸೌಂಡ್) \\S*\\s?ಹೆಚ್ಚಿಸ', `${KN_SOUND}(?:ಹೆಚ್ಚಿಸ|ಜಾಸ್ತಿ ಮಾಡ|ಹೆಚ್ಚು ಮಾಡ|ಏರಿಸ)`, stem('ಇನ್ನೂ ಜೋರಾಗಿ|ಇನ್ನು ಜೋರಾಗಿ|ಸ್ವಲ್ಪ ಜೋರಾಗಿ')],
    down: ['(?:ವಾಲ್ಯೂಮ್|ಧ್ವನಿ|ಸೌಂಡ್) \\S*\\s?ಕಡಿಮೆ ಮಾಡ', `${KN_SOUND}(?:ಕಡಿಮೆ ಮಾಡ|ಕಮ್ಮಿ ಮಾಡ|ಇಳಿಸ|ತಗ್ಗಿಸ)`],
    mute: ['ಮ್ಯೂಟ್', `${KN_SOUND}${word('ಆಫ್')}`],
    unmute: ['ಅನ್\\u200c?ಮ್ಯೂಟ್', `${KN_SOUND}${word('ಆನ್')}`],
  },
  lv: {
    up: [stem('skaļāk'), 'palielini skaļumu', `${stem('palielin|paaugstin|pieliec')}\\S* (?:\\S+ )?${stem('skaļum|skaņ(?:a|u|as)(?!' + LETTER + ')')}`, `${stem('skaļum')}\\S* (?:\\S+ )?uz augšu`],
    down: [stem('klusāk'), 'samazini skaļumu', `${stem('samazin|pazemin')}\\S* (?:\\S+ )?${stem('skaļum|skaņ(?:a|u|as)(?!' + LETTER + ')')}`, `${stem('skaļum')}\\S* (?:\\S+ )?uz leju`],
    mute: ['izslēdz skaņu', 'bez skaņas', stem('apklusini'), `${stem('izslēd|izslēg')}\\S* (?:\\S+ )?${word('skaņu|skaņa')}`, `${word('skaņu|skaņa')} (?:\\S+ )?${stem('izslēd|izslēg')}`],
    unmute: [`${stem('ieslēd|ieslēg')}\\S* (?:\\S+ )?${word('skaņu|skaņa')}`, `${word('skaņu|skaņa')} (?:\\S+ )?${stem('ieslēd|ieslēg')}`],
  },
  // The chillu letters (ൺ, ർ) are written atomic, or the older way with a virama and ZWJ.
  ml: {
    up: ['(?:ശബ്ദം|വോളിയം|സൗണ്ട്) \\S*\\s?കൂട്ട', `${ML_SOUND}(?:കൂട്ട|ഉയ(?:ർ|ര്\\u200d?)ത്ത)`],
    down: ['(?:ശബ്ദം|വോളിയം|സൗണ്ട്) \\S*\\s?കുറയ്ക്ക', `${ML_SOUND}(?:കുറ(?:യ്|യ)?ക്ക|താഴ്ത്ത)`],
    mute: ['മ്യൂട്ട്', 'നിശബ്ദ', 'നിശ്ശബ്ദ', `${ML_SOUND}${word('ഓഫ്')}`],
    unmute: ['അൺമ്യൂട്ട്', 'അണ്\\u200d?മ്യൂട്ട്', `${ML_SOUND}${word('ഓ(?:ൺ|ണ്\\u200d?)')}`],
  },
  // "дуу" is also a song ("дууг асаа", put the song on): the new words name the sound's level.
  mn: {
    up: ['дууг (?:нэм|өсгө)', stem('чангал|илүү чанга'), `дууны (?:түвшин|хэмжээ)\\S* (?:\\S+ )?(?:нэм|өсгө|ихэсгэ)`],
    down: ['дууг (?:багас|буур)', stem('намсга'), `дууны (?:түвшин|хэмжээ)\\S* (?:\\S+ )?(?:багас|буур|сулруул)`],
    mute: ['дууг хаа', stem('дуугүй'), `дууны (?:түвшин|хэмжээ)\\S* (?:\\S+ )?(?:хаа|унтраа)`],
  },
  // "lebih kuat" alone is also stronger ("dolar lebih kuat"): left out.
  ms: {
    up: [stem('kuatkan|naikkan volum|besarkan suara'), `${stem('naikkan|besarkan|kuatkan|tinggikan|tambahkan')} (?:\\S+ )?${stem('suara|volum|bunyi')}`],
    down: [stem('perlahankan|kurangkan volum|turunkan volum|kecilkan suara'), `${stem('turunkan|kurangkan|kecilkan|perlahankan|rendahkan')} (?:\\S+ )?${stem('suara|volum|bunyi')}`],
    mute: [stem('senyapkan|bisukan|matikan suara|matikan bunyi|tutup suara|tutup bunyi|mod senyap|redamkan'), word('mute')],
    unmute: [stem('nyahredam|nyahbisu|nyahsenyap'), `${stem('hidupkan|aktifkan')} (?:semula )?${stem('suara|bunyi')}`],
  },
  // အသံချဲ့စက် is a loudspeaker; အသံကျယ် (loud) also says that it is too loud, and အသံတိုး
  // is both "raise the sound" and a soft voice: left out.
  my: {
    up: ['အသံ ?ချဲ့(?!စက်)', `${MY_SOUND}(?:ချဲ့(?!စက်)|မြှင့်)`],
    down: ['အသံ ?လျှော့', `${MY_SOUND}(?:လျှော့|နှိမ့်)`],
    mute: ['အသံ ?ပိတ်', `${MY_SOUND}ပိတ်`],
    unmute: [`${MY_SOUND}(?:ပြန်${GAP})?ဖွင့်`],
  },
  // "lyden av regn" is the sound of rain: "av" only with the verb.
  nb: {
    up: [stem('høyere'), word('skru opp'), 'øk volumet', `${word('skru')} (?:litt |det |den )?${word('opp')}`, `${word('lyd(?:en)?|volum(?:et)?')} (?:litt )?${word('opp')}`, `${word('øk|hev|øke')} (?:\\S+ )?${word('lyd(?:en)?|volum(?:et)?')}`, word('mer lyd')],
    down: [stem('lavere'), word('skru ned'), 'senk volumet', `${word('skru')} (?:litt |det |den )?${word('ned')}`, `${word('lyd(?:en)?|volum(?:et)?')} (?:litt )?${word('ned')}`, `${word('senk|reduser|minsk')} (?:\\S+ )?${word('lyd(?:en)?|volum(?:et)?')}`, word('mindre lyd'), stem('stillere')],
    mute: ['demp lyden', 'skru av lyden', stem('lydløs'), word('mute'), `${word('slå|skru')} av ${word('lyden')}`, `${word('slå|skru')} ${word('lyden')} av`],
    unmute: [word('unmute|fjern lydløs'), `${word('slå|skru')} på ${word('lyden')}`, `${word('slå|skru')} ${word('lyden')} på`],
  },
  // ș and ț are typed with a cedilla (ş, ţ) or left out; "mută" is move, not mute.
  ro: {
    up: [stem('mai tare'), '(?:crește|creste|mărește|mareste) volumul', `${stem('cre[șşs]te|cre[șşs]te[țţt]i|m[ăa]re[șşs]te|m[ăa]ri[țţt]i|ridic[ăa]|ridica[țţt]i|urc[ăa]')} (?:\\S+ )?(?:volumul|sonorul)`, `${word('volumul')} (?:\\S+ )?mai sus`],
    down: [stem('mai încet|mai incet'), '(?:scade|micșorează|micsoreaza|redu) volumul', `${stem('scade|sc[ăa]de[țţt]i|mic[șşs]oreaz[ăa]|mic[șşs]ora[țţt]i|redu|coboar[ăa]|cobor[âa][țţt]i')} (?:\\S+ )?(?:volumul|sonorul)`, `${word('volumul')} (?:\\S+ )?mai jos`],
    mute: [word('fără sonor|fara sonor'), '(?:oprește|opreste) sonorul', `${stem('opre[șşs]te|opri[țţt]i|[îi]nchide|taie|dezactiveaz[ăa]')} (?:\\S+ )?sonorul`, `${stem('taie|[îi]nchide|dezactiveaz[ăa]')} (?:\\S+ )?sunetul`, word('pe mut|pe silen[țţt]ios')],
    unmute: [`${stem('porne[șşs]te|porni[țţt]i|activeaz[ăa]|activa[țţt]i|repune')} (?:\\S+ )?sonorul`, `${stem('activeaz[ăa]|reactiveaz[ăa]')} (?:\\S+ )?sunetul`, `${stem('scoate')}\\S* (?:\\S+ )?de pe (?:mut|silen[țţt]ios)`],
  },
  // "utišaj" is mute alone and down with "glasnost" ("utišaj malo glasnost").
  sl: {
    up: [stem('glasneje|glasnejš|pojačaj'), 'povečaj glasnost', `${stem('povečaj|zvišaj|dvigni|ojačaj|pojačaj')}\\S* (?:\\S+ )?${stem('glasnost|zvok')}`, word('glasnost gor')],
    down: [stem('tišje|potiho|bolj tiho'), '(?:zmanjšaj|utišaj) glasnost', `${stem('zmanjšaj|znižaj|spusti|utišaj')}\\S* (?:\\S+ )?${stem('glasnost')}`, word('glasnost dol')],
    mute: [`${stem('utišaj')}(?!\\S*(?: \\S+)? glasnost)`, 'izklopi zvok', 'brez zvoka', `${stem('izklop|izključi')}\\S* (?:\\S+ )?${stem('zvok')}`],
    unmute: [`${stem('vklop|vključi')}\\S* (?:\\S+ )?${stem('zvok')}`, stem('prekliči utišanje|odstrani utišanje')],
  },
  sq: {
    up: [stem('më fort|rrit volumin|ngri zërin'), `${word('rrit|rrite|rritni|ngri|ngrije|ngrini|shto|shtoje|shtoni')} (?:\\S+ )?${stem('volumin|zërin|zerin')}`],
    down: [stem('më ulët|ul volumin|ule zërin|më qetë'), `${word('ul|ule|ulni|zvogëlo|zvogelo|pakëso|pakeso')} (?:\\S+ )?${stem('volumin|zërin|zerin')}`],
    mute: [stem('hiq zërin'), word('pa zë'), `${word('hiq|hiqe|hiqni|fik|fike|fikni|mbyll|mbylle|mbyllni')} (?:\\S+ )?${stem('zërin|zerin')}`],
    unmute: [`${word('aktivizo|rikthe|riktheje')} (?:\\S+ )?${stem('zërin|zerin')}`],
  },
  // "ljudet på tv:n" is the sound on the TV: "på" only with the verb.
  sv: {
    up: [stem('högre|höj volym|skruva upp|öka volym'), `${word('höj|höja|öka|dra upp')} (?:\\S+ )?${stem('volym|ljud')}`, `${word('volymen|ljudet')} (?:lite )?${word('upp')}`, word('mer ljud')],
    down: [stem('lägre|sänk volym|skruva ner|skruva ned|minska volym|tystare'), `${word('sänk|sänka|minska|dra ner|dra ned')} (?:\\S+ )?${stem('volym|ljud')}`, `${word('volymen|ljudet')} (?:lite )?${word('ner|ned')}`, word('mindre ljud')],
    mute: ['stäng av ljudet', stem('ljudlös'), word('tysta|mute'), `${word('slå|stäng')} av ${word('ljudet|ljud')}`, `${word('slå|stäng')} ${word('ljudet')} av`],
    unmute: [word('unmute'), `${word('slå|sätt')} på ${word('ljudet|ljud')}`, `${word('slå|sätt')} ${word('ljudet')} på`, stem('stäng av ljudlös')],
  },
  // "சத்தம் அதிகமா இருக்கு" and "குறைவா இருக்கு" say that it is too loud, too low: the verbs only.
  ta: {
    up: ['(?:சத்தத்தை|ஒலியை|வால்யூம்) \\S*\\s?அதிகரி', `${TA_SOUND}(?:அதிகரி|அதிகப்படுத்த|கூட்டு|ஏற்று|ஜாஸ்தி பண்ண)`],
    down: ['(?:சத்தத்தை|ஒலியை|வால்யூம்) \\S*\\s?குறை(?!வ)', `${TA_SOUND}(?:குறை(?!வ)|கம்மி பண்ண|இறக்கு)`],
    mute: ['ஒலியடக்கு', 'மியூட்', `${TA_SOUND}${word('ஆஃப்')}`],
    unmute: ['அன்மியூட்', `${TA_SOUND}${word('ஆன்')}`],
  },
  te: {
    up: ['(?:వాల్యూమ్|సౌండ్|శబ్దం) \\S*\\s?పెంచ', `${TE_SOUND}(?:పెంచ|ఎక్కువ చే|ఎక్కువ చెయ)`],
    down: ['(?:వాల్యూమ్|సౌండ్|శబ్దం) \\S*\\s?తగ్గించ', `${TE_SOUND}(?:తగ్గించ|తక్కువ చే|తక్కువ చెయ)`],
    mute: ['మ్యూట్', `${TE_SOUND}${word('ఆఫ్')}`],
    unmute: ['అన్\\u200c?మ్యూట్', `${TE_SOUND}${word('ఆన్')}`],
  },
  // วอลลุ่ม (volume) is spelt several ways. เงียบ alone (quiet) is also "be quiet": only its mode.
  th: {
    up: ['เพิ่มเสียง', 'เสียงดังขึ้น', 'ดังขึ้น', 'เร่งเสียง', 'เพิ่มระดับเสียง', 'ดังกว่านี้', 'เสียงดังอีก', '(?:เพิ่ม|เร่ง)(?:วอลลุ่ม|วอลุ่ม|โวลุ่ม|วอลุม)'],
    down: ['ลดเสียง', 'เสียงเบาลง', 'เบาลง', 'เบาเสียง', 'ลดระดับเสียง', 'เบากว่านี้', 'หรี่เสียง', 'เสียงค่อยลง', 'ลด(?:วอลลุ่ม|วอลุ่ม|โวลุ่ม|วอลุม)'],
    mute: ['(?<!เ)ปิดเสียง', 'โหมดเงียบ', 'มิว[ทต]์'],
    unmute: ['เปิดเสียง', 'อันมิว[ทต]์', 'เลิกปิดเสียง'],
  },
  // clean() splits "i-mute" into "i mute".
  tl: {
    up: [stem('lakasan|palakasin|pakilakasan|lakasin'), `${stem('taasan|itaas|pakitaasan')} ${TL_OBJ}${word('volume|tunog|sound')}`, word('volume up|lakas pa')],
    down: [stem('hinaan|pahinain|pakihinaan|hinain'), `${stem('babaan|ibaba|pakibabaan')} ${TL_OBJ}${word('volume|tunog|sound')}`, word('volume down|hina pa')],
    mute: [word('i mute|patahimikin'), 'patayin ang tunog', word('pakimute|imute|mute'), `${stem('patayin|pakipatay|tanggalin|alisin')} ${TL_OBJ}${word('tunog|sound|volume')}`],
    unmute: [word('unmute|i unmute|pakiunmute'), `${stem('buksan|pakibuksan|ibalik|pakibalik')} ${TL_OBJ}${word('tunog|sound')}`],
  },
  // "آواز کم ہے" (it is too quiet) asks for more, and "کم" begins "کمرے" (room): a bounded "کم" with no "ہے" after.
  ur: {
    up: ['(?:آواز|والیوم) (?:\\S+ )?(?:بڑھا|تیز(?!ی))', `${UR_SOUND}(?:بڑھا|تیز(?!ی)|اونچی کر|اونچا کر|زیادہ کر)`],
    down: [`(?:آواز|والیوم) (?:\\S+ )?(?:کم(?!${LETTER})(?! ہے| ہو| لگ)|دھیمی)`, `${UR_SOUND}(?:کم(?!${LETTER})(?! ہے| ہو| لگ)|کمی کر|دھیمی|دھیما|ہلکی کر|ہلکا کر|نیچے کر)`],
    mute: ['میوٹ', 'آواز بند', `${UR_SOUND}بند`, 'خاموش کر'],
    unmute: ['ان ?میوٹ', `${UR_SOUND}(?:کھول|چالو|آن کر)`],
  },
  // "bật âm nhạc" plays music, and "bé hơn" is also smaller (a comparison): left out.
  vi: {
    up: [word('to lên|to hơn|lớn hơn|tăng âm lượng|tăng âm|vặn to|tăng tiếng|tăng volume|bật to|vặn lớn|to thêm|âm lượng lên')],
    down: [word('nhỏ lại|nhỏ hơn|bé lại|giảm âm lượng|giảm âm|vặn nhỏ|giảm tiếng|giảm volume|vặn bé|bật nhỏ|nhỏ xuống|nhỏ bớt|bớt to|bớt ồn|âm lượng xuống|nhỏ tiếng')],
    mute: [word('tắt tiếng|tắt âm|im lặng|tắt volume')],
    unmute: [word('bỏ tắt tiếng|bật tiếng|mở tiếng|bật lại tiếng|mở lại tiếng|bỏ im lặng|bỏ tắt âm')],
  },
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
