/**
 * Arithmetic operator words for MASSIVE's languages that have no pack yet: "vad är 5 gånger
 * 7", "πόσο κάνει 12 επί 3". Without them the dialogue answered "I could not work that out"
 * to a sum said with digits. The numbers are digits, or words where a pack or numberWords.ts has them; the
 * words around the sum are the question and are skipped by the maths reader.
 */
import type { MathWords } from './types.ts';

const OPERATORS: Readonly<Record<string, Readonly<Record<'+' | '-' | '*' | '/', readonly string[]>>>> = {
  af: { '+': ['plus'], '-': ['minus'], '*': ['maal', 'keer'], '/': ['gedeel deur'] },
  // "ሲደመር", "ሲቀነስ", "ሲባዛ", "ሲካፈል": when added, subtracted, multiplied, divided; "ጊዜ" (times).
  am: { '+': ['ሲደመር', 'ደምር', 'ፕላስ'], '-': ['ሲቀነስ', 'ቀንስ', 'ማይነስ'], '*': ['ጊዜ', 'ሲባዛ', 'አባዛ'], '/': ['ሲካፈል', 'አካፍል'] },
  az: { '+': ['üstəgəl', 'plyus', 'plus'], '-': ['çıx', 'minus'], '*': ['vur', 'vurulsun'], '/': ['böl', 'bölünsün'] },
  bn: { '+': ['যোগ', 'প্লাস'], '-': ['বিয়োগ', 'মাইনাস'], '*': ['গুণ'], '/': ['ভাগ'] },
  ca: { '+': ['més'], '-': ['menys'], '*': ['per', 'multiplicat per'], '/': ['dividit per', 'dividit entre', 'entre'] },
  cy: { '+': ['adio', 'plws'], '-': ['tynnu', 'minws'], '*': ['lluosi', 'lluosi â'], '/': ['rhannu', 'rhannu â'] },
  da: { '+': ['plus'], '-': ['minus'], '*': ['gange', 'ganget med'], '/': ['divideret med', 'delt med'] },
  el: { '+': ['συν'], '-': ['μείον', 'πλην'], '*': ['επί'], '/': ['διά', 'δια', 'διαιρεμένο με'] },
  fa: { '+': ['به علاوه', 'بعلاوه', 'جمع'], '-': ['منهای', 'منها'], '*': ['ضربدر', 'ضرب در'], '/': ['تقسیم بر'] },
  fi: { '+': ['plus', 'lisättynä'], '-': ['miinus', 'vähennettynä'], '*': ['kertaa', 'kerrottuna'], '/': ['jaettuna', 'jaettuna luvulla'] },
  he: { '+': ['ועוד', 'פלוס'], '-': ['פחות', 'מינוס'], '*': ['כפול'], '/': ['חלקי', 'לחלק ל'] },
  hu: { '+': ['meg', 'plusz', 'hozzáadva'], '-': ['mínusz', 'kivonva'], '*': ['szorozva', 'szorozva ezzel', 'szor', 'szer', 'ször'], '/': ['osztva', 'per'] },
  hy: { '+': ['գումարած', 'պլյուս'], '-': ['հանած', 'մինուս'], '*': ['բազմապատկած', 'անգամ'], '/': ['բաժանած'] },
  id: { '+': ['tambah', 'ditambah', 'plus'], '-': ['kurang', 'dikurangi', 'minus'], '*': ['kali', 'dikali', 'dikalikan'], '/': ['bagi', 'dibagi'] },
  is: { '+': ['plús', 'og'], '-': ['mínus'], '*': ['sinnum'], '/': ['deilt með'] },
  jv: { '+': ['tambah'], '-': ['kurang', 'dikurangi'], '*': ['ping', 'dikali'], '/': ['dibagi', 'bagi'] },
  ka: { '+': ['პლუს', 'მიმატებული'], '-': ['მინუს', 'გამოკლებული'], '*': ['გამრავლებული'], '/': ['გაყოფილი'] },
  // "គុណនឹង", "ចែកនឹង": times, divided by ("នឹង", with).
  km: { '+': ['បូក'], '-': ['ដក'], '*': ['គុណនឹង', 'គុណ'], '/': ['ចែកនឹង', 'ចែក'] },
  // Verb last, in its conditional ("ನೂರರಲ್ಲಿ ಮೂವತ್ತೇಳು ಕಳೆದರೆ", from a hundred, thirty-seven if taken away).
  kn: { '+': ['ಕೂಡಿಸಿದರೆ', 'ಸೇರಿಸಿದರೆ', 'ಕೂಡಿಸು', 'ಪ್ಲಸ್'], '-': ['ಕಳೆದರೆ', 'ಕಳೆಯಿರಿ', 'ಮೈನಸ್'], '*': ['ಗುಣಿಸಿದರೆ', 'ಗುಣಿಸು', 'ಇಂಟು', 'ಇಂಟೂ'], '/': ['ಭಾಗಿಸಿದರೆ', 'ಭಾಗಿಸು'] },
  lv: { '+': ['plus', 'pluss'], '-': ['mīnus'], '*': ['reiz', 'reizināts ar'], '/': ['dalīts ar'] },
  // The verb ends the sum, in its conditional ("есийг наймаар үржүүлбэл", nine by eight if multiplied).
  mn: { '+': ['нэмэх', 'дээр нь нэмэх', 'нэмбэл', 'нэмэхэд'], '-': ['хасах', 'хасвал', 'хасахад'], '*': ['үржих', 'үржүүлэх', 'үржүүлбэл', 'үржүүлэхэд', 'үржвэл'], '/': ['хуваах', 'хуваавал', 'хуваахад'] },
  // Verb last, in its conditional ("പതിനാറിനെ ആറ് കൊണ്ട് ഗുണിച്ചാൽ", sixteen by six if multiplied);
  // not "കുറച്ച്" (a little), only "കുറച്ചാൽ" (if taken away).
  ml: { '+': ['കൂട്ടിയാൽ', 'കൂട്ടുക', 'പ്ലസ്'], '-': ['കുറച്ചാൽ', 'കുറയ്ക്കുക', 'മൈനസ്'], '*': ['കൊണ്ട് ഗുണിച്ചാൽ', 'ഗുണിച്ചാൽ', 'ഗുണിക്കുക', 'ഇന്റു'], '/': ['കൊണ്ട് ഹരിച്ചാൽ', 'ഹരിച്ചാൽ', 'ഹരിക്കുക'] },
  ms: { '+': ['tambah', 'campur'], '-': ['tolak'], '*': ['darab', 'kali'], '/': ['bahagi'] },
  my: { '+': ['ပေါင်း'], '-': ['နုတ်'], '*': ['မြှောက်'], '/': ['စား'] },
  nb: { '+': ['pluss'], '-': ['minus'], '*': ['ganger', 'gange', 'ganget med'], '/': ['delt på', 'delt med', 'dividert med'] },
  ro: { '+': ['plus'], '-': ['minus'], '*': ['ori', 'înmulțit cu', 'inmultit cu'], '/': ['împărțit la', 'impartit la'] },
  sl: { '+': ['plus'], '-': ['minus'], '*': ['krat'], '/': ['deljeno z', 'deljeno s'] },
  sq: { '+': ['plus', 'mbledhur me'], '-': ['minus'], '*': ['herë', 'shumëzuar me'], '/': ['pjesëtuar me'] },
  sv: { '+': ['plus'], '-': ['minus'], '*': ['gånger', 'multiplicerat med'], '/': ['delat med', 'dividerat med', 'delat på'] },
  // Spoken Tamil multiplies with the English "into" ("எட்டு இன்டு ஒன்பது").
  ta: { '+': ['கூட்டல்', 'பிளஸ்'], '-': ['கழித்தல்', 'மைனஸ்'], '*': ['பெருக்கல்', 'இன்டு', 'இண்டு', 'இன்ட்டு'], '/': ['வகுத்தல்'] },
  // Spoken Telugu multiplies with the English "into" ("పన్నెండు ఇంటూ ఏడు").
  te: { '+': ['ప్లస్', 'కలిపితే'], '-': ['మైనస్', 'తీసివేస్తే'], '*': ['ఇంటూ', 'ఇంటు', 'గుణించు', 'గుణిస్తే'], '/': ['భాగించు', 'డివైడ్'] },
  th: { '+': ['บวก'], '-': ['ลบ'], '*': ['คูณ'], '/': ['หาร'] },
  tl: { '+': ['plus', 'dagdag'], '-': ['minus', 'bawas'], '*': ['times', 'beses'], '/': ['hati', 'divided by'] },
  ur: { '+': ['جمع', 'پلس'], '-': ['منفی', 'مائنس'], '*': ['ضرب'], '/': ['تقسیم'] },
  vi: { '+': ['cộng'], '-': ['trừ'], '*': ['nhân'], '/': ['chia', 'chia cho'] },
};

/** The operator words of `lang` ([word, symbol], as a pack's `maths.operators`) when it has no pack, or undefined. */
export function operatorWordsOnly(lang: string): readonly (readonly [string, string])[] | undefined {
  const ops = OPERATORS[lang];
  return ops && (Object.entries(ops) as [string, readonly string[]][]).flatMap(([sym, words]) => words.map((w) => [w, sym] as const));
}

/**
 * "X percent of Y" without a pack, as a pack's `maths` says it (`percentAfter`, `of`, `baseFirst`):
 * Persian "سی درصد هشتاد" (thirty percent [of] eighty), Urdu "تین سو کا پچیس فیصد" (of three
 * hundred, twenty-five percent), Telugu "నూట యాభైలో ఇరవై శాతం" (in a hundred and fifty, twenty
 * percent), Bengali "দুইশোর পনেরো পার্সেন্ট" (of two hundred, fifteen percent).
 */
const PERCENT: Readonly<Record<string, Pick<MathWords, 'percentAfter' | 'of' | 'baseFirst'>>> = {
  af: { percentAfter: ['persent'], of: 'van' },
  // The base first in its genitive, read as its number ("150-nin 20 faizi", "ას ორმოცდაათის ოცი
  // პროცენტი", "зуун тавины хорин хувь", "200 15 százaléka"): only a space between the two (never
  // nothing, or "20%" would read as 0% of 2).
  az: { percentAfter: ['faizi', 'faiz'], baseFirst: ' ' },
  bn: { percentAfter: ['শতাংশ', 'পার্সেন্ট', 'পারসেন্ট'], baseFirst: 'এর|র' },
  ca: { percentAfter: ['per cent', 'percent'], of: 'de' },
  cy: { percentAfter: ['y cant', 'y cent'], of: 'o' },
  da: { percentAfter: ['procent'], of: 'af' },
  el: { percentAfter: ['τοις εκατό', 'τοις εκατο'], of: 'του|της|από|απο' },
  fa: { percentAfter: ['درصد'], of: 'از|' },
  hu: { percentAfter: ['százaléka', 'százalékát', 'százalék'], baseFirst: ' ' },
  hy: { percentAfter: ['տոկոսը', 'տոկոս'], baseFirst: ' ' },
  id: { percentAfter: ['persen'], of: 'dari' },
  is: { percentAfter: ['prósent'], of: 'af' },
  jv: { percentAfter: ['persen'], of: 'saka|seka|dari' },
  ka: { percentAfter: ['პროცენტი', 'პროცენტს', 'პროცენტ'], baseFirst: ' ' },
  lv: { percentAfter: ['procentiem', 'procentus', 'procenti', 'procents'], of: 'no' },
  mn: { percentAfter: ['хувийг', 'хувь'], baseFirst: ' ' },
  ms: { percentAfter: ['peratus', 'persen'], of: 'daripada|dari' },
  nb: { percentAfter: ['prosent'], of: 'av' },
  ro: { percentAfter: ['la sută', 'la suta', 'procente', 'procent'], of: 'din' },
  sl: { percentAfter: ['odstotkov', 'odstotka', 'odstotke', 'odstotek', 'procentov'], of: 'od' },
  sq: { percentAfter: ['përqind', 'perqind'], of: 'e|të|i' },
  sv: { percentAfter: ['procent'], of: 'av' },
  // "యాభైలో" (in fifty) is read as its number, the ending gone: the base may stand bare before the percentage, a space between.
  te: { percentAfter: ['శాతం', 'పర్సెంట్'], baseFirst: 'లో| ' },
  tl: { percentAfter: ['porsyento', 'porsiyento', 'percent'], of: 'ng' },
  ur: { percentAfter: ['فیصد', 'پرسنٹ', 'پرسینٹ'], of: 'کا|کی|کے', baseFirst: 'کا|کی|کے' },
  vi: { percentAfter: ['phần trăm'], of: 'của' },
};

/** `lang`'s percent words when it has no pack, or undefined. */
export function percentWordsOnly(lang: string): Pick<MathWords, 'percentAfter' | 'of' | 'baseFirst'> | undefined {
  return Object.hasOwn(PERCENT, lang) ? PERCENT[lang] : undefined;
}

/** The languages with operator words here (for tests). */
export const OPERATOR_LANGS: readonly string[] = Object.keys(OPERATORS);
