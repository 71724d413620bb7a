/**
 * Words that remark on darkness, per language ("it's dark in here", "ciemno tu", "karanlık"):
 * said with a switch word, they ask for the light on, not brighter (repair/brightness.ts).
 * Lower case; matched at a word start in spaced scripts (so a stem covers its endings), as a
 * substring in scripts written without spaces (ja, zh, th, km, my). Only the plain "dark"
 * remark: no comparative ("darker" asks for dimmer light), and not "dark" as a colour shade.
 */
import { anyOf, stem } from './wordPatterns.ts';

export const DARK_WORDS: Readonly<Record<string, readonly string[]>> = {
  af: ['dis donker', 'hier donker', 'te donker', 'so donker', 'pikdonker', 'kan niks sien'],
  am: ['ጨለማ', 'ጨልሟ', 'ጨለመ', 'ጭልም', 'አይታየኝም'],
  ar: ['مظلم', 'ظلام', 'الظلام', 'ضلام', 'ضلمه', 'عتمه'],
  az: ['qaranlıq', 'qaranliq', 'zülmət', 'heç nə görmürəm', 'heç nə görünmür'],
  bn: ['অন্ধকার', 'আঁধার', 'দেখতে পাচ্ছি না', 'কিছু দেখা যাচ্ছে না', 'কিছুই দেখা যাচ্ছে না'],
  ca: ['fa fosc', 'és fosc', 'està fosc', 'massa fosc', 'foscor', 'no hi veig'],
  cy: ["mae'n dywyll", 'rhy dywyll', 'mor dywyll', 'dywyll yma', 'tywyllwch', 'methu gweld'],
  da: ['er mørkt', 'så mørkt', 'for mørkt', 'mørkt her', 'mørket', 'kan ikke se'],
  de: ['ist dunkel', 'ist es dunkel', 'so dunkel', 'zu dunkel', 'finster', 'sehe nichts'],
  el: ['σκοτάδι', 'σκοταδι', 'σκοτεινά', 'σκοτεινα', 'δεν βλέπω', 'δε βλέπω'],
  en: ["it's dark", 'so dark', 'too dark', 'dark in here', 'pitch black', "can't see"],
  es: ['está oscuro', 'muy oscuro', 'demasiado oscuro', 'a oscuras', 'oscuridad', 'no veo nada'],
  fa: ['تاریکه', 'تاریک است', 'تاریک شده', 'تاریکی', 'نمی\u200cبینم', 'نمیبینم'],
  fi: ['pimeää', 'pimeetä', 'pimey', 'on pimeä', 'pilkkopimeä', 'en näe'],
  fr: ['fait noir', 'fait sombre', 'est sombre', 'trop sombre', 'obscurité', 'vois rien'],
  he: ['חושך', 'בחושך', 'חשוך', 'חשכה', 'לא רואה כלום', 'לא רואים כלום'],
  hi: ['अंधेरा', 'अंधेरे', 'अँधेरा', 'अंधकार', 'दिख नहीं', 'नहीं दिख'],
  hu: ['sötét van', 'sötétség', 'sötétben', 'túl sötét', 'koromsötét', 'nem látok'],
  hy: ['մութ', 'մթություն', 'խավար', 'չեմ տեսնում', 'ոչինչ չի երեւում'],
  id: ['gelap banget', 'gelap sekali', 'gelap gulita', 'terlalu gelap', 'sini gelap', 'kegelapan'],
  is: ['dimmt', 'myrkt', 'myrkur', 'myrkri', 'myrkrið', 'sé ekkert'],
  it: ['buio', 'buia', 'oscurità', 'non ci vedo', 'non vedo niente', 'non vedo nulla'],
  ja: ['暗い', '暗くて', '暗すぎ', '真っ暗', 'まっくら', '何も見えない'],
  jv: ['peteng', 'gelap banget', 'gelap gulita', 'ora ketok', 'ra ketok', 'ora katon'],
  ka: ['ბნელ', 'სიბნელე', 'ჩაბნელ', 'ვერაფერს ვხედავ', 'ვერ ვხედავ'],
  km: ['ងងឹតណាស់', 'ងងឹតពេក', 'ងងឹតខ្លាំង', 'ងងឹតហើយ', 'ងងឹតឈឹង', 'មើលមិនឃើញ'],
  kn: ['ಕತ್ತಲ', 'ಅಂಧಕಾರ', 'ಏನೂ ಕಾಣ', 'ಕಾಣಿಸುತ್ತಿಲ್ಲ'],
  ko: ['어두워', '어둡네', '어둠', '깜깜', '캄캄', '안 보여'],
  lv: ['tumšs', 'tumša', 'tumsa', 'tumsā', 'neko neredz'],
  ml: ['ഇരുട്ട്', 'ഇരുട്ടാ', 'ഇരുട്ടി', 'ഇരുട്ടത്ത', 'ഒന്നും കാണ', 'അന്ധകാര'],
  mn: ['харанхуй', 'харагдахгүй', 'юу ч харахгүй'],
  ms: ['gelap sangat', 'sangat gelap', 'terlalu gelap', 'gelap gelita', 'kegelapan', 'tak nampak apa'],
  my: ['မှောင်နေ', 'မှောင်တယ်', 'မှောင်လိုက်တာ', 'မှောင်လွန်း', 'အမှောင်', 'မမြင်ရဘူး'],
  nb: ['er mørkt', 'så mørkt', 'for mørkt', 'mørkt her', 'mørket', 'ser ingenting'],
  nl: ['is donker', 'hier donker', 'zo donker', 'te donker', 'duisternis', 'zie niks'],
  pl: ['ciemno tu', 'tu ciemno', 'tutaj ciemno', 'jest ciemno', 'ale ciemno', 'za ciemno', 'ciemnoś', 'nic nie widzę'],
  pt: ['está escuro', 'tá escuro', 'muito escuro', 'escuridão', 'breu', 'não vejo nada'],
  ro: ['întuneric', 'intuneric', 'beznă', 'bezna', 'nu văd nimic', 'nu vad nimic'],
  ru: ['темно', 'темнота', 'темень', 'ничего не вижу', 'ничего не видно'],
  sl: ['je temno', 'temno je', 'tako temno', 'pretemno', 'v temi', 'ne vidim'],
  sq: ['është errët', 'eshte erret', 'shumë errët', 'errësir', 'erresir', 'nuk shoh asgjë'],
  sv: ['är mörkt', 'så mörkt', 'för mörkt', 'mörker', 'mörkret', 'ser ingenting'],
  sw: ['giza', 'sioni kitu', 'sioni chochote'],
  ta: ['இருட்டா', 'இருட்டு', 'இருட்டி', 'இருள', 'கும்மிருட்டு'],
  te: ['చీకటి', 'చీకట్', 'అంధకార', 'ఏమీ కనిపించ', 'ఏం కనిపించ'],
  th: ['มืดจัง', 'มืดมาก', 'มืดไป', 'มืดเกิน', 'มืดแล้ว', 'มองไม่เห็น'],
  tl: ['madilim dito', 'madilim sa', 'ang dilim', 'sobrang dilim', 'kadiliman', 'wala akong makita'],
  tr: ['karanlık', 'karanlik', 'karardı', 'göremiyorum', 'hiçbir şey görünmüyor'],
  ur: ['اندھیرا', 'اندھیرے', 'اندھیرہ', 'تاریک', 'کچھ نظر نہیں', 'کچھ دکھائی نہیں'],
  vi: ['tối quá', 'tối thui', 'tối om', 'tối ghê', 'bóng tối', 'không thấy gì'],
  zh: ['好黑', '太黑', '好暗', '太暗', '看不见', '看不見'],
};

/** Scripts written without spaces: an entry matches anywhere. */
const UNSPACED = new Set(['ja', 'zh', 'th', 'km', 'my']);

const READY: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(DARK_WORDS).map(([lang, words]) => {
    const sources = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return [lang, UNSPACED.has(lang) ? anyOf(sources) : anyOf(sources.map(stem))];
  }),
);

/** Whether the cleaned lower-case `text` remarks on darkness in `lang` (an ISO 639-1 code). */
export function darkRemarkSaid(text: string, lang: string): boolean {
  return READY.get(lang)?.test(text) ?? false;
}
