/**
 * The words that switch a light on or off, for MASSIVE's languages that have no pack yet:
 * "tänd ljuset", "sluk lyset", "bật đèn", "aprinde lumina", "הדלק את האור". The NLU confuses
 * the light intents with each other (MASSIVE has about 22 "on" commands per locale against 153
 * "off" ones), and without a pack nothing checked its reading against what was said: "det är
 * mörkt här tänd ljuset" dimmed the light, "slå lyset til" turned it off.
 *
 * Regex sources, matched on the cleaned lower-case text; a source begins and ends where a
 * stem would (so "tänd" also finds "tända" and "tänder"). They are read only when the NLU
 * already reads a light intent: "bật" and "sätt på" also switch on a radio. Where a short
 * word could hide inside another, it is bounded by letters: Thai ปิด (off) is a part of เปิด
 * (on).
 */
import { anyOf, saidOnly, stem, word } from './wordPatterns.ts';

const WORDS: Readonly<Record<string, { on: readonly string[]; off: readonly string[] }>> = {
  af: { on: [stem('aanskakel'), `${word('skakel|sit')}.*${word('aan')}`], off: [stem('afskakel|doof'), `${word('skakel|sit')}.*${word('af')}`] },
  am: { on: ['አብራ'], off: ['አጥፋ'] },
  az: { on: [stem('yandır|işıqlandır'), word('aç')], off: [stem('söndür|bağla')] },
  bn: { on: ['জ্বালা', 'চালু', word('অন')], off: ['নেভা', 'বন্ধ', word('অফ')] },
  ca: { on: [stem('enc[eé]n|engega')], off: [stem('apag')] },
  cy: { on: [stem('cynn'), word('ymlaen')], off: [stem('diffodd'), 'i ffwrdd'] },
  da: { on: [stem('tænd'), `${word('slå|sæt|tag')}(?: \\S+)? ${word('til|på')}`], off: [stem('sluk'), `${word('slå')}(?: \\S+)? ${word('fra')}`] },
  el: { on: [stem('άναψ|ανάψ|ανάβ|άνοιξ|ανοίξ')], off: [stem('σβήσ|σβησ|σβήν|κλείσ|κλεισ')] },
  fa: { on: ['روشن'], off: ['خاموش'] },
  fi: { on: [stem('sytyt|sytytä'), stem('päälle'), `${stem('laita|pistä')}.*${stem('valo')}(?!.*${stem('pois')})`], off: [stem('sammut'), stem('pois päältä'), `${stem('valo\\S*')} pois`] },
  he: { on: ['הדלק', 'דליק'], off: ['כבה', 'כבות', 'תכב', 'כבי'] },
  // Hungarian splits its verb prefixes: "fel tudnád kapcsolni", "kapcsold le", and "lámpát fel".
  hu: {
    on: [stem('(?:fel|be)kapcsol'), `${stem('kapcsol\\S*')} ${word('fel|be')}`, `${word('fel|be')} \\S+ ${stem('kapcsol')}`, stem('gyújts'), `${stem('lámpá|villany|fény')}\\S* ${word('fel|be')}`, `${word('kapcsolj')} ${stem('villany|lámpá|fény')}`],
    off: [stem('(?:le|ki)kapcsol'), `${stem('kapcsol\\S*')} ${word('le|ki')}`, `${word('le|ki')} \\S+ ${stem('kapcsol')}`, stem('olts|oltsd|kiolt|leolt'), `${stem('lámpá|villany|fény')}\\S* ${word('le|ki')}`],
  },
  hy: { on: [stem('վառ|միացր')], off: [stem('անջատ|հանգցր')] },
  id: { on: [stem('nyala|hidup|hidupin|nyalain')], off: [stem('mati|dimati|padam|dipadam')] },
  is: { on: [stem('kveik')], off: [stem('slökk')] },
  jv: { on: [stem('urup|urip|nyalak')], off: [stem('pateni|mateni|dipateni|dipadamke')] },
  ka: { on: ['აანთ', 'ჩართ'], off: ['ჩააქრ', 'გამორთ'] },
  km: { on: ['បើក'], off: ['បិទ'] },
  kn: { on: ['ಹಾಕು', word('ಆನ್')], off: ['ಆರಿಸು', word('ಆಫ್')] },
  lv: { on: [stem('ieslēdz|iededz|iedegt')], off: [stem('izslēdz|nodzēs|izslēgt')] },
  ml: { on: ['ഇടുക', 'തെളിക്ക', 'ഓൺ'], off: ['അണയ്ക്ക', 'ഓഫ്'] },
  mn: { on: [stem('асаа')], off: [stem('унтраа')] },
  ms: { on: [stem('nyala|hidup|pasang lampu|buka lampu')], off: [stem('mati|padam|tutup lampu')] },
  my: { on: ['ဖွင့်'], off: ['ပိတ်'] },
  // "lyset på", "vardagsrumsbelysningen på": the lamp and "on" alone, as a recognizer writes a short command.
  nb: { on: [stem('tenn'), `${word('skru|slå|sett')}(?: \\S+)? ${word('på')}`, `(?:lys|lampe|belysning)\\S* på$`], off: [stem('slukk'), `${word('skru|slå')}(?: \\S+)? ${word('av')}`] },
  ro: { on: [stem('aprin|pornește lumina|porneste lumina|deschide lumina')], off: [stem('sting|oprește lumina|opreste lumina|închide lumina|inchide lumina')] },
  sl: { on: [stem('prižg|vklop')], off: [stem('ugasn|izklop')] },
  sq: { on: [stem('ndiz')], off: [word('fik|fike|fikni'), stem('shuaj')] },
  sv: { on: [stem('tänd'), `${word('slå|sätt|knäpp')}(?: \\S+)? ${word('på')}`, `(?:ljus|lamp|belysning)\\S* på$`], off: [stem('släck'), `${word('slå|stäng|knäpp')}(?: \\S+)? ${word('av')}`] },
  ta: { on: ['போடு', 'எரிய', 'ஆன்'], off: ['அணை', 'ஆஃப்'] },
  te: { on: ['వేయి', 'వెయ్యి', 'వెయ్', 'వెలిగించ', 'ఆన్'], off: ['ఆర్పు', 'ఆఫ్'] },
  // เปิด is on and contains ปิด, off: off only where no เ comes before it.
  th: { on: ['เปิด'], off: ['(?<!เ)ปิด'] },
  // clean() splits "i-on" into "i on".
  tl: { on: [stem('buksan|sindihan|i on|paki on|pakibuksan')], off: [stem('patayin|i off|paki off|pakipatay')] },
  ur: { on: ['جلا', 'چالو', 'آن کر'], off: ['بجھا', 'بند کر', 'آف کر'] },
  vi: { on: [word('bật|mở')], off: [word('tắt')] },
};

/**
 * The words for a light (light, lamp, bulb, lighting, the bedside lamp) in the same languages:
 * with a switch word they make a light command that the NLU may not have read as one. It
 * learned "light" from MASSIVE's few phrasings, so "aprinde veioza" (the bedside lamp) was
 * read as cleaning and "άναψε το πορτατίφ" as an audiobook. Where a language compounds
 * nouns with the head last, the lamp is matched inside a word too: "olvasólámpa", "taklampan".
 */
const LIGHTS: Readonly<Record<string, readonly string[]>> = {
  af: [stem('lig|beligting'), 'lamp'],
  am: ['መብራት', 'አምፖል'],
  az: [stem('işıq|lampa|çıraq')],
  bn: ['আলো', 'লাইট', 'বাতি', 'বাল্ব'],
  ca: [stem('llum|làmpad|bombet|il·lumina|il.lumina')],
  cy: [stem('golau|goleuad|lamp|bylb')],
  da: [stem('lys|belysning'), 'lampe', 'lamper', 'pære'],
  el: [stem('φως|φώτ|φωτα|φωτων|φωτός|φωτος|λάμπ|λαμπ|πορτατίφ|φωτισμ|πολυέλαι')],
  fa: ['چراغ', 'لامپ', 'نور', 'روشنایی'],
  fi: [stem('valo|valaistu'), 'lamppu', 'lampu', stem('katto|yö|pöytä|luku|lattia') + 'valo'],
  // אור (light) is inside other words (האורך, the length): a word, with the letters Hebrew writes onto it.
  he: [word('[הלבושמ]?(?:אור|אורות)'), 'מנור', 'נורה', 'נורות', 'תאורה', 'תאורת', 'נברשת'],
  hu: [stem('villany|fény|világítás'), 'lámpa', 'lámpá', 'izzó'],
  hy: ['լույս', 'լամպ', 'լուսավոր', 'ջահ'],
  id: [stem('lampu|penerangan')],
  is: ['ljós', 'lamp', word('pera|peru|perur|perurnar')],
  jv: [stem('lampu|damar')],
  ka: ['შუქ', 'სინათლ', 'ნათურ', 'ლამპ', 'განათებ', 'ჭაღ'],
  km: ['ភ្លើង', 'អំពូល'],
  kn: ['ದೀಪ', 'ಲೈಟ್', 'ಬಲ್ಬ್'],
  lv: [stem('gaism|lamp|spuldz|apgaismojum|lustr')],
  // Stems without the final vowel sign or virama: "விளக்கை", "വിളക്കിന്റെ" (the light, in a case); not "விளக்கம்" (an explanation).
  ml: ['ലൈറ്റ', 'വിളക്ക', 'ബൾബ', 'വെളിച്ചം'],
  mn: [stem('гэрэл|чийдэн|дэнлүү')],
  ms: [stem('lampu|cahaya')],
  my: ['မီး'],
  nb: [stem('lys|taklys|belysning'), 'lampe', 'lamper', 'lyspære'],
  ro: [stem('lumin|lamp|veioz|bec|becul|becuri|iluminat|candelabr|plafonier')],
  sl: [stem('luč|luc|svetil|žarnic|razsvetljav')],
  sq: [stem('drit|llamb|abazhur')],
  sv: [stem('ljus|takljus|belysning'), 'lampa', 'lampan', 'lampor'],
  ta: ['விளக்க(?!ம்)', 'லைட்', 'வெளிச்சம்', 'பல்ப்'],
  te: ['లైట్', 'దీపం', 'దీపా', 'బల్బ్', 'వెలుగు'],
  th: ['(?<!ปลั๊ก)ไฟ(?!ล์|ฟ้า)', 'โคม'],
  tl: [stem('ilaw|lampara|bumbilya')],
  ur: ['لائٹ', 'بتی', 'روشنی', 'چراغ', 'بلب'],
  vi: [word('đèn|bóng đèn|ánh sáng')],
};

const COMPILED: Readonly<Record<string, { switch: Readonly<Record<'on' | 'off', RegExp>>; light: RegExp | null }>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, w]) => {
    const light = LIGHTS[lang];
    return [lang, { switch: { on: anyOf(w.on), off: anyOf(w.off) }, light: light ? anyOf(light) : null }];
  }),
);

/** Which way the cleaned `text` switches a light in `lang` (no pack): 'on', 'off', or null (neither or both). */
export function switchSaidOnly(text: string, lang: string): 'on' | 'off' | null {
  const words = COMPILED[lang];
  return words ? saidOnly(text, words.switch) : null;
}

/** Whether the cleaned `text` names a light in `lang` (no pack). */
export function saysLight(text: string, lang: string): boolean {
  return COMPILED[lang]?.light?.test(text) ?? false;
}

/** The languages with switch words here (for tests). */
export const SWITCH_WORD_LANGS: readonly string[] = Object.keys(WORDS);

/** The languages with light words here (for tests). */
export const LIGHT_WORD_LANGS: readonly string[] = Object.keys(LIGHTS);
