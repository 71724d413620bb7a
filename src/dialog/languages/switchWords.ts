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
const L = '[\\p{L}\\p{M}]';
/** A whole word: no letter before or after. */
const word = (w: string) => `(?<!${L})(?:${w})(?!${L})`;
/** A word start: no letter before. */
const stem = (w: string) => `(?<!${L})(?:${w})`;

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
  nb: { on: [stem('tenn'), `${word('skru|slå|sett')}(?: \\S+)? ${word('på')}`], off: [stem('slukk'), `${word('skru|slå')}(?: \\S+)? ${word('av')}`] },
  ro: { on: [stem('aprin|pornește lumina|porneste lumina|deschide lumina')], off: [stem('sting|oprește lumina|opreste lumina|închide lumina|inchide lumina')] },
  sl: { on: [stem('prižg|vklop')], off: [stem('ugasn|izklop')] },
  sq: { on: [stem('ndiz')], off: [word('fik|fike|fikni'), stem('shuaj')] },
  sv: { on: [stem('tänd'), `${word('slå|sätt|knäpp')}(?: \\S+)? ${word('på')}`], off: [stem('släck'), `${word('slå|stäng|knäpp')}(?: \\S+)? ${word('av')}`] },
  ta: { on: ['போடு', 'எரிய', 'ஆன்'], off: ['அணை', 'ஆஃப்'] },
  te: { on: ['వేయి', 'వెలిగించ', 'ఆన్'], off: ['ఆర్పు', 'ఆఫ్'] },
  // เปิด is on and contains ปิด, off: off only where no เ comes before it.
  th: { on: ['เปิด'], off: ['(?<!เ)ปิด'] },
  tl: { on: [stem('buksan|sindihan|i-on|paki-on|pakibuksan')], off: [stem('patayin|i-off|paki-off|pakipatay')] },
  ur: { on: ['جلا', 'چالو', 'آن کر'], off: ['بجھا', 'بند کر', 'آف کر'] },
  vi: { on: [word('bật|mở')], off: [word('tắt')] },
};

const COMPILED: Readonly<Record<string, { on: RegExp; off: RegExp }>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, w]) => [lang, { on: new RegExp(w.on.join('|'), 'u'), off: new RegExp(w.off.join('|'), 'u') }]),
);

/** Which way the cleaned `text` switches a light in `lang` (no pack): 'on', 'off', or null (neither or both). */
export function switchSaidOnly(text: string, lang: string): 'on' | 'off' | null {
  const words = COMPILED[lang];
  if (!words) return null;
  const on = words.on.test(text);
  const off = words.off.test(text);
  return on === off ? null : on ? 'on' : 'off';
}

/** The languages with switch words here (for tests). */
export const SWITCH_WORD_LANGS: readonly string[] = Object.keys(WORDS);
