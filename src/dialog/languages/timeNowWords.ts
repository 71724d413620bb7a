/**
 * "What time is it" for MASSIVE's languages that have no pack yet ("vad är klockan", "מה
 * השעה", "ساعت چنده", "இப்போ மணி என்ன", "ಗಂಟೆ ಎಷ್ಟಾಯ್ತು"). The question every visitor asks a
 * demo first: the NLU reads it unsure as chat in some languages, and tags "now" as a place in
 * others ("இப்போ", now, read as a city with no time zone). The `time-question-table` repair
 * (repair/datetime.ts) and the datetime skill read these; a pack's `timeNow` replaces them.
 * Phrases, lower case, matched as whole words (as substrings in Thai, Khmer and Burmese).
 */
import { UNSPACED_WITHOUT_PACK } from './index.ts';

const PHRASES: Readonly<Record<string, readonly string[]>> = {
  af: ['hoe laat is dit', 'hoe laat is dit nou'],
  am: ['ስንት ሰዓት ነው', 'አሁን ስንት ሰዓት ነው', 'ሰዓቱ ስንት ነው'],
  az: ['saat neçədir', 'indi saat neçədir', 'saat neçədi'],
  bn: ['কয়টা বাজে', 'এখন কয়টা বাজে', 'কটা বাজে', 'এখন কটা বাজে', 'সময় কত'],
  ca: ['quina hora és', 'quina hora es', 'quina hora tenim'],
  cy: ["faint o'r gloch ydy hi", "faint o'r gloch yw hi", "faint o'r gloch"],
  da: ['hvad er klokken', 'hvor mange er klokken'],
  el: ['τι ώρα είναι', 'τι ωρα ειναι', 'τι ώρα έχουμε'],
  fa: ['ساعت چنده', 'ساعت چند است', 'ساعت چند', 'الان ساعت چنده'],
  fi: ['paljonko kello on', 'mitä kello on', 'paljon kello on', 'kuinka paljon kello on'],
  he: ['מה השעה', 'מה השעה עכשיו'],
  hu: ['hány óra van', 'mennyi az idő', 'hány óra'],
  hy: ['ժամը քանիսն է', 'ժամը քանիսն', 'ինչ ժամ է'],
  id: ['jam berapa sekarang', 'sekarang jam berapa', 'pukul berapa sekarang', 'jam berapa'],
  is: ['hvað er klukkan'],
  jv: ['jam pira saiki', 'saiki jam pira', 'jam pinten'],
  ka: ['რომელი საათია', 'რა დროა'],
  km: ['ម៉ោងប៉ុន្មានហើយ', 'ឥឡូវម៉ោងប៉ុន្មាន', 'ម៉ោងប៉ុន្មាន'],
  kn: ['ಗಂಟೆ ಎಷ್ಟು', 'ಗಂಟೆ ಎಷ್ಟಾಯ್ತು', 'ಗಂಟೆ ಎಷ್ಟಾಯಿತು', 'ಸಮಯ ಎಷ್ಟು', 'ಟೈಮ್ ಎಷ್ಟು'],
  lv: ['cik ir pulkstenis', 'cik pulkstenis'],
  ml: ['സമയം എത്രയായി', 'മണി എത്രയായി', 'സമയം എത്ര', 'ടൈം എത്രയായി'],
  mn: ['цаг хэд болж байна', 'хэдэн цаг болж байна', 'цаг хэд вэ'],
  ms: ['pukul berapa sekarang', 'sekarang pukul berapa', 'jam berapa sekarang'],
  my: ['ဘယ်နှစ်နာရီ ရှိပြီလဲ', 'ဘယ်နှစ်နာရီရှိပြီလဲ', 'အခု ဘယ်အချိန်လဲ', 'အခုဘယ်အချိန်လဲ'],
  nb: ['hva er klokka', 'hva er klokken', 'hvor mye er klokka'],
  ro: ['cât e ceasul', 'cat e ceasul', 'ce oră e', 'ce ora e', 'cât este ora'],
  sl: ['koliko je ura'],
  sq: ['sa është ora', 'sa eshte ora', 'sa është ora tani'],
  sv: ['vad är klockan', 'hur mycket är klockan', 'vad är klockan nu'],
  ta: ['மணி என்ன', 'இப்போ மணி என்ன', 'இப்போது மணி என்ன', 'நேரம் என்ன', 'மணி எத்தனை'],
  te: ['టైం ఎంత', 'సమయం ఎంత', 'ఇప్పుడు టైం ఎంత', 'టైమ్ ఎంత'],
  th: ['กี่โมงแล้ว', 'ตอนนี้กี่โมง', 'ตอนนี้เวลาเท่าไร', 'กี่โมง'],
  tl: ['anong oras na', 'anong oras na ngayon'],
  ur: ['کتنے بجے ہیں', 'کیا ٹائم ہوا ہے', 'ٹائم کیا ہوا ہے', 'وقت کیا ہوا ہے', 'کیا وقت ہوا ہے'],
  vi: ['mấy giờ rồi', 'bây giờ là mấy giờ', 'bây giờ mấy giờ'],
};

/** Where `text` (lower case) asks for the time now in `lang`, as the first phrase found (longest first), or null. */
export function timeNowSaidOnly(text: string, lang: string): { start: number; end: number } | null {
  const phrases = Object.hasOwn(PHRASES, lang) ? PHRASES[lang]! : [];
  const t = text.toLowerCase();
  const unspaced = UNSPACED_WITHOUT_PACK.has(lang);
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
      const end = at + p.length;
      const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{M}]/u.test(c);
      if (unspaced || (edge(t[at - 1]) && edge(t[end]))) return { start: at, end };
    }
  }
  return null;
}

/** The languages with time questions here (for tests). */
export const TIME_NOW_LANGS: readonly string[] = Object.keys(PHRASES);
