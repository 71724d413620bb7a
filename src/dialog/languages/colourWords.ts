/**
 * The light's colour words in MASSIVE's languages that have no pack yet: "gör lampan blå",
 * "đổi đèn sang màu đỏ", "κάνε το φως πράσινο". Without them a colour change in these
 * languages could only ask "which colour?": the colour slot's words had nothing to be read by.
 *
 * Regex sources on the cleaned lower-case text, one per colour key (a key a language does not
 * say plainly is left out). Where one colour word holds another ("lyserød", pink, holds "rød",
 * red; "merah muda", pink, holds "merah"; "appelsínugul", orange, holds "gul"), the longest
 * match wins. Short words that begin other words are whole words ("alb" is not "album").
 */
import { UNSPACED_WITHOUT_PACK } from './index.ts';
import type { ColourKey } from './types.ts';
import { LETTER, stem, word } from './wordPatterns.ts';

type Words = Partial<Record<ColourKey, string>>;

const WORDS: Readonly<Record<string, Words>> = {
  af: { red: stem('rooi'), orange: stem('oranje'), yellow: stem('geel|gele'), green: stem('groen'), blue: stem('blou|turkoois'), purple: stem('pers(?!ent)|violet'), pink: stem('pienk'), white: word('wit|wit?te'), warm: stem('warm'), cool: stem('koel') },
  am: { red: 'ቀይ', orange: 'ብርቱካን|ብርቱካና', yellow: 'ቢጫ', green: 'አረንጓዴ', blue: 'ሰማያዊ', purple: 'ሐምራዊ|ወይን ጠጅ', pink: 'ሮዝ', white: 'ነጭ' },
  az: { red: stem('qırmızı'), orange: stem('narıncı'), yellow: stem('sarı'), green: stem('yaşıl'), blue: stem('mavi|göy'), purple: stem('bənövşəyi'), pink: stem('çəhrayı'), white: word('ağ|ağa'), warm: stem('isti'), cool: stem('soyuq') },
  // "আকাশি" (sky-coloured) is a light blue.
  bn: { red: 'লাল', orange: 'কমলা', yellow: 'হলুদ', green: 'সবুজ', blue: 'নীল|আকাশি', purple: 'বেগুনি', pink: 'গোলাপি', white: 'সাদা', warm: 'উষ্ণ', cool: 'ঠান্ডা|শীতল' },
  ca: { red: stem('vermell|roig|roja'), orange: stem('taronj'), yellow: stem('groc|groga'), green: stem('verd'), blue: stem('blau|blava'), purple: stem('lila|morad|morat|violet'), pink: word('rosa|roses'), white: stem('blanc'), warm: stem('càlid|calid|càlida'), cool: stem('fred|freda') },
  // Welsh mutates a word's first letter after some words: "golau coch", "yn goch".
  cy: { red: word('coch|goch|choch'), orange: word('oren'), yellow: word('melyn|felyn'), green: word('gwyrdd|wyrdd'), blue: word('glas|las'), purple: word('porffor|borffor'), pink: word('pinc|binc'), white: word('gwyn|wyn'), warm: word('cynnes|gynnes'), cool: word('oer') },
  da: { red: stem('rød'), orange: stem('orange'), yellow: stem('gul'), green: stem('grøn'), blue: stem('blå'), purple: stem('lilla|violet'), pink: stem('lyserød|pink'), white: stem('hvid'), warm: stem('varm'), cool: stem('kold|kølig') },
  el: { red: stem('κόκκιν|κοκκιν'), orange: stem('πορτοκαλ'), yellow: stem('κίτριν|κιτριν'), green: stem('πράσιν|πρασιν'), blue: stem('μπλε|γαλάζι|γαλαζι'), purple: stem('μωβ|βιολετ'), pink: stem('ροζ'), white: stem('λευκ|άσπρ|ασπρ'), warm: stem('ζεστ'), cool: stem('ψυχρ|δροσερ') },
  // Light colours by their everyday names: "فیروزه‌ای" (turquoise), "یاسی" (lilac), "مهتابی" (moonlight, the cool white of a tube), "آفتابی" (sunny, warm).
  fa: { red: stem('قرمز'), orange: stem('نارنجی'), yellow: stem('زرد'), green: stem('سبز'), blue: stem('آبی|فیروزه'), purple: stem('بنفش|یاسی'), pink: stem('صورتی'), white: stem('سفید'), warm: word('گرم|آفتابی'), cool: word('سرد|مهتابی') },
  fi: { red: stem('punai|punas'), orange: stem('oranssi'), yellow: stem('kelta|keltai'), green: stem('vihre'), blue: stem('sini'), purple: stem('violet|purppura|lila'), pink: stem('vaaleanpuna|pinkki'), white: stem('valkoi|valkea'), warm: stem('lämmi|lämpimä'), cool: stem('kylmä|viileä') },
  // Hebrew writes "to", "the" and "in" onto the word: "לאדום", "הירוק".
  he: { red: 'אדום|אדומ', orange: 'כתום|כתומ', yellow: 'צהוב|צהובה', green: 'ירוק|ירוקה', blue: 'כחול|כחולה', purple: 'סגול|סגולה', pink: 'ורוד|ורודה', white: 'לבן|לבנה', warm: word('[הל]?(?:חם|חמים|חמה)'), cool: word('[הל]?(?:קר|קרה|קריר)') },
  hu: { red: stem('piros|vörös'), orange: stem('narancs'), yellow: stem('sárg'), green: stem('zöld'), blue: stem('kék'), purple: stem('lila|bíbor'), pink: stem('rózsaszín'), white: stem('fehér'), warm: stem('meleg'), cool: stem('hideg') },
  hy: { red: stem('կարմիր'), orange: stem('նարնջագույն'), yellow: stem('դեղին'), green: stem('կանաչ'), blue: stem('կապույտ|երկնագույն'), purple: stem('մանուշակագույն'), pink: stem('վարդագույն'), white: stem('սպիտակ'), warm: stem('տաք'), cool: stem('սառը|զով') },
  id: { red: word('merah'), orange: word('oranye|jingga|oren'), yellow: word('kuning'), green: word('hijau'), blue: word('biru'), purple: word('ungu'), pink: word('merah muda|pink'), white: word('putih'), warm: word('hangat'), cool: word('sejuk|dingin') },
  is: { red: stem('rauð|rautt'), orange: stem('appelsínugul'), yellow: stem('gul'), green: stem('græn'), blue: stem('blá'), purple: stem('fjólublá'), pink: stem('bleik'), white: stem('hvít'), warm: stem('hlý|heit'), cool: stem('kald|sval') },
  jv: { red: word('abang|abrit|merah'), orange: word('oranye|jingga|oren'), yellow: word('kuning'), green: word('ijo|ijem'), blue: word('biru'), purple: word('ungu|wungu'), pink: word('jambon|pink'), white: word('putih|pethak'), warm: word('anget'), cool: word('adhem') },
  ka: { red: stem('წითელ'), orange: stem('ნარინჯისფერ|ფორთოხლისფერ'), yellow: stem('ყვითელ'), green: stem('მწვანე'), blue: stem('ლურჯ|ცისფერ'), purple: stem('იისფერ'), pink: stem('ვარდისფერ'), white: stem('თეთრ'), warm: stem('თბილ'), cool: stem('ცივ|გრილ') },
  // Khmer writes no spaces; white (ស) is only read with "colour" before it, and not as purple (ស្វាយ).
  km: { red: 'ក្រហម', orange: 'ទឹកក្រូច', yellow: 'លឿង', green: 'បៃតង', blue: 'ខៀវ', purple: 'ស្វាយ', pink: 'ផ្កាឈូក', white: 'ពណ៌ស(?![\\u1780-\\u17ff])' },
  // The South Indian languages say the English colour names as often as their own ("ಲೈಟ್ ಬ್ಲೂ ಮಾಡು").
  kn: { red: 'ಕೆಂಪು|ರೆಡ್', orange: 'ಕಿತ್ತಳೆ|ಆರೆಂಜ್', yellow: 'ಹಳದಿ|ಯೆಲ್ಲೋ', green: 'ಹಸಿರು|ಗ್ರೀನ್', blue: 'ನೀಲಿ|ಬ್ಲೂ', purple: 'ನೇರಳೆ|ಪರ್ಪಲ್', pink: 'ಗುಲಾಬಿ|ಪಿಂಕ್', white: 'ಬಿಳಿ|ವೈಟ್' },
  lv: { red: stem('sarkan'), orange: stem('oranž'), yellow: stem('dzelten'), green: stem('zaļ'), blue: stem('zil'), purple: stem('violet|purpur|lillā'), pink: stem('rozā|rozīg'), white: stem('balt'), warm: stem('silt'), cool: stem('vēs') },
  ml: { red: 'ചുവപ്പ്|ചുവന്ന|റെഡ്', orange: 'ഓറഞ്ച്', yellow: 'മഞ്ഞ|യെല്ലോ', green: 'പച്ച|ഗ്രീൻ', blue: 'നീല|ബ്ലൂ', purple: 'പർപ്പിൾ|വയലറ്റ്', pink: 'പിങ്ക്', white: 'വെള്ള|വെളുത്ത|വൈറ്റ്' },
  mn: { red: stem('улаан'), orange: stem('улбар шар'), yellow: word('шар'), green: stem('ногоон'), blue: stem('цэнхэр|хөх'), purple: stem('нил ягаан'), pink: stem('ягаан'), white: stem('цагаан'), warm: stem('дулаан'), cool: stem('сэрүүн') },
  ms: { red: word('merah'), orange: word('oren|jingga'), yellow: word('kuning'), green: word('hijau'), blue: word('biru'), purple: word('ungu'), pink: word('merah jambu|pink'), white: word('putih'), warm: word('hangat'), cool: word('sejuk') },
  my: { red: 'အနီ', orange: 'လိမ္မော်', yellow: 'အဝါ', green: 'အစိမ်း', blue: 'အပြာ', purple: 'ခရမ်း', pink: 'ပန်းရောင်', white: 'အဖြူ' },
  nb: { red: stem('rød'), orange: stem('oransje'), yellow: stem('gul'), green: stem('grøn'), blue: stem('blå'), purple: stem('lilla'), pink: stem('rosa'), white: stem('hvit'), warm: stem('varm'), cool: stem('kald|kjølig') },
  ro: { red: stem('roș|roş|rosu|rosi'), orange: stem('portocali'), yellow: stem('galben'), green: word('verde|verzi'), blue: stem('albastr'), purple: word('mov|violet|violetă|violeta'), pink: word('roz'), white: word('alb|albă|alba|albe|albi'), warm: word('cald|caldă|calda|calde'), cool: word('rece') },
  sl: { red: stem('rdeč|rdec'), orange: stem('oranžn|oranzn'), yellow: stem('rumen'), green: stem('zelen'), blue: stem('moder|modr'), purple: stem('vijolič|vijolic'), pink: word('roza|rožnat\\S*'), white: word('bel|bela|belo|bele|belih'), warm: stem('topl'), cool: stem('hladn') },
  sq: { red: stem('kuq'), orange: stem('portokall'), yellow: stem('verdh'), green: stem('gjelbër|gjelbert|gjelbra|jeshil'), blue: word('blu|kaltër|kalter|bojëqielli|bojeqielli'), purple: stem('vjollc|lejla'), pink: word('rozë|roze|rozë'), white: stem('bardh'), warm: stem('ngroht'), cool: stem('ftoht|fresk') },
  sv: { red: stem('röd|rött'), orange: stem('orange'), yellow: stem('gul'), green: stem('grön'), blue: stem('blå'), purple: stem('lila'), pink: stem('rosa'), white: word('vit|vitt|vita'), warm: stem('varm'), cool: stem('kall|sval') },
  ta: { red: 'சிவப்பு|சிவந்த|சிவப்பா|ரெட்', orange: 'ஆரஞ்சு', yellow: 'மஞ்சள்|யெல்லோ', green: 'பச்சை|கிரீன்|க்ரீன்', blue: 'நீல|ப்ளூ|புளூ', purple: 'ஊதா|பர்ப்பிள்', pink: 'இளஞ்சிவப்பு|பிங்க்', white: 'வெள்ளை|வைட்' },
  te: { red: 'ఎరుపు|ఎర్ర|రెడ్', orange: 'నారింజ|ఆరెంజ్', yellow: 'పసుపు|ఎల్లో|యెల్లో', green: 'ఆకుపచ్చ|పచ్చ|గ్రీన్', blue: 'నీలం|నీలి|బ్లూ', purple: 'ఊదా|పర్పుల్', pink: 'గులాబీ|పింక్', white: 'తెలుపు|తెల్ల|వైట్' },
  // Thai writes no spaces; ฟ้า (sky blue) is also the end of ไฟฟ้า (electricity).
  th: { red: 'แดง', orange: 'ส้ม', yellow: 'เหลือง', green: 'เขียว', blue: 'น้ำเงิน|(?<!ไฟ)ฟ้า', purple: 'ม่วง', pink: 'ชมพู', white: 'ขาว', warm: 'อุ่น|วอร์ม', cool: 'เย็น' },
  tl: { red: word('pula'), orange: word('kahel|orange'), yellow: word('dilaw'), green: word('berde'), blue: word('asul|bughaw'), purple: word('lila|ube|violet'), pink: word('rosas|pink'), white: word('puti'), warm: word('mainit'), cool: word('malamig') },
  ur: { red: 'سرخ|لال', orange: 'نارنجی|اورنج', yellow: 'پیلا|پیلی|پیلے', green: 'سبز|ہرا|ہری|ہرے', blue: 'نیلا|نیلی|نیلے|آسمانی', purple: 'جامنی|بنفشی', pink: 'گلابی', white: 'سفید', warm: word('گرم'), cool: word('ٹھنڈا|ٹھنڈی|ٹھنڈے') },
  // "xanh" alone is green or blue by context; green, as for a traffic light ("đèn xanh").
  vi: { red: word('đỏ'), orange: word('cam'), yellow: word('vàng'), green: word('xanh lá(?: cây)?|xanh lục|xanh'), blue: word('xanh dương|xanh lam|xanh biển|xanh da trời'), purple: word('tím'), pink: word('hồng'), white: word('trắng'), warm: word('ấm'), cool: word('mát') },
};

const COMPILED: ReadonlyMap<string, readonly [ColourKey, RegExp][]> = new Map(
  Object.entries(WORDS).map(([lang, words]) => [lang, (Object.entries(words) as [ColourKey, string][]).map(([key, src]) => [key, new RegExp(src, 'gu')] as const)]),
);


/** The whole word around `start..end` of `text` (for a reply that repeats what was said). */
function wordAround(text: string, start: number, end: number): string {
  const letter = new RegExp(LETTER, 'u');
  let a = start;
  let b = end;
  while (a > 0 && letter.test(text[a - 1]!)) a -= 1;
  while (b < text.length && letter.test(text[b]!)) b += 1;
  return text.slice(a, b);
}

/** The colour that the cleaned `text` names in `lang` (a language without a pack), and the words that named it. */
export function colourWordIn(text: string, lang: string): { name: ColourKey; word: string } | null {
  const table = COMPILED.get(lang);
  if (!table) return null;
  let best: { name: ColourKey; start: number; end: number } | null = null;
  for (const [name, re] of table) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!best || m[0].length > best.end - best.start) best = { name, start: m.index, end };
    }
  }
  if (!best) return null;
  // Scripts written without spaces: the colour word is what matched, not the run of letters around it.
  return { name: best.name, word: UNSPACED_WITHOUT_PACK.has(lang) ? text.slice(best.start, best.end) : wordAround(text, best.start, best.end) };
}

/**
 * The word "colour" itself: "choose a brighter colour for reading" (MASSIVE's
 * `iot_hue_lightchange`) names no colour but is a colour change, while "dim the light" is
 * not. Stems on the cleaned text; Thai สี, Khmer ពណ៌ and Burmese အရောင် as substrings.
 */
const COLOUR_NOUNS: Readonly<Record<string, string>> = {
  af: stem('kleur'), am: 'ቀለም', az: stem('rəng'), bn: 'রং|রঙ', ca: stem('color'), cy: stem('lliw'), da: stem('farve'), el: stem('χρώμ|χρωμ'),
  fa: 'رنگ', fi: stem('väri'), he: 'צבע', hu: stem('szín'), hy: stem('գույն'), id: stem('warna'), is: stem('lit'), jv: stem('werna|warna'),
  ka: 'ფერ', km: 'ពណ៌', kn: 'ಬಣ್ಣ', lv: stem('krās'), ml: 'നിറ', mn: stem('өнг'), ms: stem('warna'), my: 'အရောင်', nb: stem('farge'),
  ro: stem('culoar|culori'), sl: stem('barv'), sq: stem('ngjyr'), sv: stem('färg'), ta: 'நிற', te: 'రంగు|రంగ', th: 'สี', tl: stem('kulay'),
  ur: 'رنگ', vi: word('màu'),
  // The pack languages, for the brightness rule's colour changes (repair/brightness.ts). Korean
  // 색 with what follows it, or as a word of its own ("조명 색 어둡게 바꿔줘"): inside a word it is
  // also the end of 검색 (search).
  ar: stem('لون|ألوان|الوان|اللون|الألوان'), de: stem('farb'), en: word('colou?rs?'), es: word('color|colores'), fr: stem('couleur'),
  hi: 'रंग', it: stem('color'), ja: '色', ko: '색깔|색상|컬러|색으로|색을|색이|(?<!\\p{L})색(?!\\p{L})', nl: stem('kleur'), pl: stem('kolor|barw'),
  pt: word('cor|cores'), ru: stem('цвет'), sw: stem('rangi'), tr: stem('renk|rengi|rengin'), zh: '颜色|顏色|色彩|彩色',
};
const NOUNS_COMPILED: ReadonlyMap<string, RegExp> = new Map(Object.entries(COLOUR_NOUNS).map(([lang, src]) => [lang, new RegExp(src, 'u')]));

/** Whether the cleaned `text` says the word "colour" in `lang` (every language with colour words and the packs'). */
export function saysColourNoun(text: string, lang: string): boolean {
  return NOUNS_COMPILED.get(lang)?.test(text) ?? false;
}

/** The languages with colour words here (for tests). */
export const COLOUR_WORD_LANGS: readonly string[] = Object.keys(WORDS);
