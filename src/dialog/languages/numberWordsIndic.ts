/**
 * Number words of the South Asian languages without a pack (Bengali, Kannada, Malayalam, Tamil,
 * Telugu, Urdu), for the table in numberWords.ts (the same fields, read the same way). Apart
 * because each needs more than a list: case endings on the number ("চল্লিশে", "ఐదుకి"), halves
 * glued to the hour (gluedHalves.ts), the clock's classifier split off ("সাতটায়"), and Urdu's
 * own words for 21 to 99.
 */
import { gluedHalves } from './gluedHalves.ts';
import type { TableWords } from './types.ts';

const UR_LIGHT_VERB = /^(?:کر|دے|لگا|بتا|چلا|سنا|بڑھا|گھٹا|ہٹا|رکھ|بجا|جلا|بجھا|کھول|ڈال)$/u;

const KN_UNITS = 'ಸೊನ್ನೆ ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಆರು ಏಳು ಎಂಟು ಒಂಬತ್ತು ಹತ್ತು ಹನ್ನೊಂದು ಹನ್ನೆರಡು ಹದಿಮೂರು ಹದಿನಾಲ್ಕು ಹದಿನೈದು ಹದಿನಾರು ಹದಿನೇಳು ಹದಿನೆಂಟು ಹತ್ತೊಂಬತ್ತು';
const KN_TENS = 'ಇಪ್ಪತ್ತು ಮೂವತ್ತು ನಲವತ್ತು ಐವತ್ತು ಅರವತ್ತು ಎಪ್ಪತ್ತು ಎಂಬತ್ತು ತೊಂಬತ್ತು';
const KN_EXTRA: Readonly<Record<string, number>> = { ಇಪ್ಪತ್ತೈದು: 25, ಮೂವತ್ತೈದು: 35, ನಲವತ್ತೈದು: 45, ಐವತ್ತೈದು: 55, ಅರವತ್ತೈದು: 65, ಎಪ್ಪತ್ತೈದು: 75, ಎಂಬತ್ತೈದು: 85, ತೊಂಬತ್ತೈದು: 95, ನೂರು: 100 };
/** The same words as a table (as normalize/numbers.ts builds it: units from 0, tens from 20), for `reorder`, which runs before it. */
const KN_TABLE: ReadonlyMap<string, number> = new Map([
  ...KN_UNITS.split(' ').map((w, i) => [w, i] as const),
  ...KN_TENS.split(' ').map((w, i) => [w, 20 + 10 * i] as const),
  ...Object.entries(KN_EXTRA),
]);

/** Kannada vowel signs and the vowels they stand for at a word start ("ಮೂವತ್ತೇಳು" is ಮೂವತ್ತು + ಏಳು). */
const KN_VOWELS: Readonly<Record<string, string>> = { 'ಾ': 'ಆ', 'ಿ': 'ಇ', 'ು': 'ಉ', 'ೆ': 'ಎ', 'ೇ': 'ಏ', 'ೈ': 'ಐ', 'ೊ': 'ಒ', 'ೋ': 'ಓ' };

/** Kannada case endings on a number that ends in -ು: "ಆರಕ್ಕೆ" (at six), "ನೂರರಲ್ಲಿ" (in a hundred), "ಹತ್ತರಿಂದ", "ಐದನ್ನು". */
const KN_CASES = /^(.+?)(?:ಕ್ಕೆ|ರಲ್ಲಿ|ರಿಂದ|ರಿಗೆ|ನ್ನು)$/u;

/**
 * A Kannada number word the table has not listed: 21–99 said as one word, the tens without
 * their final -ು and the unit glued on ("ಮೂವತ್ತೇಳು" 37, "ಇಪ್ಪತ್ತೊಂದು" 21, "ನಲವತ್ತಮೂರು" 43), and
 * any number with a case ending. Undefined for any other word.
 */
function knNumber(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const cased = KN_CASES.exec(word);
  if (cased) return table.get(`${cased[1]}ು`) ?? knCompound(`${cased[1]}ು`, table);
  return knCompound(word, table);
}

function knCompound(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const known = table.get(word);
  if (known !== undefined) return known;
  for (const [tens, value] of table) {
    if (value < 20 || value > 90 || value % 10 !== 0 || !tens.endsWith('ು') || !word.startsWith(tens.slice(0, -1))) continue;
    const rest = word.slice(tens.length - 1);
    const unit = table.get(KN_VOWELS[rest[0] ?? ''] ? `${KN_VOWELS[rest[0]!]}${rest.slice(1)}` : rest);
    if (unit !== undefined && unit >= 1 && unit <= 9) return value + unit;
  }
  return undefined;
}

export const INDIC_NUMBER_WORDS: Readonly<Record<string, TableWords>> = {
  bn: {
    units: 'শূন্য এক দুই|দু তিন চার পাঁচ ছয়|ছ সাত আট নয় দশ এগারো বারো তেরো চোদ্দ|চৌদ্দ পনেরো|পনের ষোলো|ষোল সতেরো|সতের আঠারো|আঠার উনিশ',
    tens: 'বিশ|কুড়ি ত্রিশ|তিরিশ চল্লিশ পঞ্চাশ ষাট সত্তর আশি নব্বই',
    extra: { পঁচিশ: 25, পঁয়ত্রিশ: 35, পঁয়তাল্লিশ: 45, পঞ্চান্ন: 55, একশো: 100, দুইশো: 200, দুশো: 200, তিনশো: 300, চারশো: 400, পাঁচশো: 500 },
    // "চল্লিশে" (at forty: "ভলিউম চল্লিশে দাও"), "দশে", "পঞ্চাশের".
    suffixes: ['ের', 'এর', 'ে', 'এ'],
    // "সাতটায়" (at seven): the classifier is split off, so that the clock word stays ("7 টায়").
    // "দুইশোর পনেরো পার্সেন্ট" (fifteen percent of two hundred): the genitive is split off, so the
    // hundreds are a number of their own (200 and 15, not 215) and "র" reads as "of" (operatorWords.ts).
    reorder: (t) =>
      t
        .replace(/(?<![\p{L}\p{M}])(এক|দুই|দু|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ|এগারো|বারো)(টা[\p{L}\p{M}]*)/gu, '$1 $2')
        .replace(/(?<![\p{L}\p{M}])(একশো|দুইশো|দুশো|তিনশো|চারশো|পাঁচশো)(র|এর)(?![\p{L}\p{M}])/gu, '$1 $2'),
  },
  // Kannada, Malayalam, Tamil and Telugu: the numbers as said before a noun ("ಐದು ನಿಮಿಷ", "അഞ്ചു മിനിറ്റ്").
  kn: {
    units: KN_UNITS,
    tens: KN_TENS,
    extra: KN_EXTRA,
    // "ಏಳೂವರೆಗೆ" (at half past seven): gluedHalves.ts. A number with a case ending is a number of
    // its own: "ನೂರರಲ್ಲಿ ಮೂವತ್ತೇಳು ಕಳೆದರೆ" (from a hundred take thirty-seven) is 100 and 37, not 137.
    reorder: (t) => gluedHalves.kn(t).replace(/[\p{L}\p{M}]+/gu, (w) => (KN_CASES.test(w) ? String(knNumber(w, KN_TABLE) ?? w) : w)),
    derived: knNumber,
  },
  ml: {
    units: 'പൂജ്യം ഒന്ന്|ഒരു രണ്ട്|രണ്ടു മൂന്ന്|മൂന്നു നാല്|നാലു അഞ്ച്|അഞ്ചു ആറ്|ആറു ഏഴ്|ഏഴു എട്ട്|എട്ടു ഒമ്പത്|ഒൻപത് പത്ത്|പത്തു ' +
      'പതിനൊന്ന് പന്ത്രണ്ട് പതിമൂന്ന് പതിനാല് പതിനഞ്ച് പതിനാറ് പതിനേഴ് പതിനെട്ട് പത്തൊമ്പത്',
    tens: 'ഇരുപത് മുപ്പത് നാല്പത്|നാൽപ്പത് അമ്പത് അറുപത് എഴുപത് എൺപത്|എണ്പത് തൊണ്ണൂറ്',
    extra: {
      ഇരുപത്തിയഞ്ച്: 25, മുപ്പത്തിയഞ്ച്: 35, നാല്പത്തിയഞ്ച്: 45, നാൽപ്പത്തിയഞ്ച്: 45, അമ്പത്തിയഞ്ച്: 55, അറുപത്തിയഞ്ച്: 65,
      എഴുപത്തിയഞ്ച്: 75, എൺപത്തിയഞ്ച്: 85, തൊണ്ണൂറ്റിയഞ്ച്: 95, നൂറ്: 100,
    },
    // "എട്ടിന്" (at eight), "ഏഴിലേക്ക്" (to seven): the ending replaces the final virama. "ആറുമണിക്ക്" (at six o'clock): the clock word is split off.
    derived: (word, table) => {
      // Also the object, "പതിനാറിനെ" (sixteen), and "ഏഴിൽ" (in seven).
      const m = /^(.+)ി(?:ന്?|നെ|ൽ|ലേക്ക്)$|^(.+)ിനു$/u.exec(word);
      const stem = m ? (m[1] ?? m[2])! : undefined;
      return stem === undefined ? undefined : (table.get(`${stem}്`) ?? table.get(stem));
    },
    reorder: (t) => gluedHalves.ml(t).replace(/(?<=[\p{L}\p{M}])(മണി[\p{L}\p{M}]*)/gu, ' $1'),
  },
  ta: {
    // Spoken forms beside the written ones: "ரெண்டு" (2), "மூணு" (3), "ஒம்போது" (9).
    units: 'பூஜ்யம் ஒன்று|ஒரு இரண்டு|ரெண்டு மூன்று|மூணு நான்கு|நாலு ஐந்து|அஞ்சு ஆறு ஏழு எட்டு ஒன்பது|ஒம்போது|ஒம்பது பத்து ' +
      'பதினொன்று|பதினொரு பன்னிரண்டு பதிமூன்று பதினான்கு பதினைந்து பதினாறு பதினேழு பதினெட்டு பத்தொன்பது',
    tens: 'இருபது முப்பது நாற்பது ஐம்பது அறுபது எழுபது எண்பது தொண்ணூறு',
    extra: { இருபத்தைந்து: 25, முப்பத்தைந்து: 35, நாற்பத்தைந்து: 45, ஐம்பத்தைந்து: 55, அறுபத்தைந்து: 65, எழுபத்தைந்து: 75, எண்பத்தைந்து: 85, தொண்ணூற்றைந்து: 95, நூறு: 100 },
    // "ஒன்பதாக" (to nine, "ஒன்பது" with -ஆக): a level said as what it becomes; "இருபதுக்கு" (to twenty).
    derived: (word, table) =>
      word.endsWith('ாக') ? table.get(`${word.slice(0, -2)}ு`) : word.endsWith('ுக்கு') ? table.get(word.slice(0, -'க்கு'.length)) : undefined,
    // "ஏழரை" (seven and a half) glues the half to the hour: split it off, so the clock reads "7 அரை".
    reorder: gluedHalves.ta,
  },
  te: {
    units: 'సున్నా ఒకటి|ఒక|ఒంటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది పది పదకొండు పన్నెండు పదమూడు పద్నాలుగు పదిహేను పదహారు పదిహేడు పద్దెనిమిది పంతొమ్మిది',
    tens: 'ఇరవై ముప్పై నలభై యాభై అరవై డెబ్బై ఎనభై తొంభై',
    // "నూట" is a hundred before another number ("నూట యాభై", 150).
    extra: { వంద: 100, నూట: 100 },
    // The dative of a clock hour or a level: "ఐదుకి" (at five), "నలభైకి" (to forty); "యాభైలో" (in fifty).
    suffixes: ['కి', 'కు', 'లో'],
    // "ఐదున్నర" (five and a half), "ఐదున్నరకి" (at half past five): the half is split off ("5 అర").
    reorder: gluedHalves.te,
  },
  ur: {
    units: 'صفر ایک دو تین چار پانچ چھ|چھے سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس',
    // Urdu's numbers from 21 to 99 are words of their own (no tens and unit to compose): the common ones.
    extra: {
      اکیس: 21, بائیس: 22, تئیس: 23, چوبیس: 24, پچیس: 25, چھبیس: 26, ستائیس: 27, اٹھائیس: 28, انتیس: 29, تیس: 30,
      اکتیس: 31, بتیس: 32, تینتیس: 33, چونتیس: 34, پینتیس: 35, چھتیس: 36, سینتیس: 37, اڑتیس: 38, انتالیس: 39, چالیس: 40,
      اکتالیس: 41, بیالیس: 42, تینتالیس: 43, چوالیس: 44, پینتالیس: 45, چھیالیس: 46, سینتالیس: 47, اڑتالیس: 48, انچاس: 49,
      پچاس: 50, پچپن: 55, ساٹھ: 60, پینسٹھ: 65, ستر: 70, پچھتر: 75, نوے: 90, سو: 100,
    },
    // "دو" is two and "give": after a verb ("کر دو", do it; "لگا دو", put it) it is no two.
    notNumber: (prev, w) => w === 'دو' && UR_LIGHT_VERB.test(prev ?? ''),
  },
};
