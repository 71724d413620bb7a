/**
 * Halves and quarters glued to the hour, for the number-word table (numberWords.ts): Tamil
 * "ஏழரை" and Telugu "ఐదున్నర" (seven and a half, five and a half), Malayalam "ഏഴര", Kannada
 * "ಏಳೂವರೆ", Greek "εννιάμισι", and Tamil's quarters after an emphatic hour ("ஆறே முக்கால்",
 * 6:45). Each reorder splits the hour off as its number and the half as a word the clock
 * forms read (clockWords.ts: "7 அரை", "7 ಅರ್ಧ", "9 και μισή"), before the number words are read.
 */
/** Tamil and Telugu hours with their half glued on: the hour's form before the half, and its value. */
const TA_HALVES: Readonly<Record<string, number>> = {
  ஒன்ற: 1, இரண்ட: 2, மூன்ற: 3, நால: 4, நாலர: 4, நான்க: 4, ஐந்த: 5, அஞ்ச: 5, ஆற: 6, ஏழ: 7, எட்ட: 8, ஒன்பத: 9, பத்த: 10, பதினொன்ற: 11, பன்னிரண்ட: 12,
};
const TA_HALF = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(TA_HALVES).join('|')})ரை`, 'gu');
const TE_HALVES: Readonly<Record<string, number>> = {
  ఒకటి: 1, రెండు: 2, మూడు: 3, నాలుగు: 4, ఐదు: 5, ఆరు: 6, ఏడు: 7, ఎనిమిది: 8, తొమ్మిది: 9, పది: 10, పదకొండు: 11, పన్నెండు: 12,
};
// Malayalam "ഏഴര" (seven and a half, "ഏഴരയ്ക്ക്" at half past seven) and Kannada "ಏಳೂವರೆ" glue the half on the same way.
const ML_HALVES: Readonly<Record<string, number>> = {
  ഒന്ന: 1, രണ്ട: 2, മൂന്ന: 3, നാല: 4, അഞ്ച: 5, ആറ: 6, ഏഴ: 7, എട്ട: 8, ഒമ്പത: 9, ഒൻപത: 9, പത്ത: 10, പതിനൊന്ന: 11, പന്ത്രണ്ട: 12,
};
// and its quarters after an emphatic hour: "നാലേകാൽ" (4:15), "ഏഴേമുക്കാൽ" (7:45), also with a case
// ending, which goes: "അഞ്ചേകാലിന്" (at a quarter past five).
const ML_QUARTER = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(ML_HALVES).join('|')})േ(മുക്കാ|കാ)(?:ൽ|ല[\\p{L}\\p{M}]*)`, 'gu');
const ML_HALF = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(ML_HALVES).join('|')})ര(?=$|\\s|യ|ക്ക|മണി)`, 'gu');
const KN_HALVES: Readonly<Record<string, number>> = {
  ಒಂದ: 1, ಎರಡ: 2, ಮೂರ: 3, ನಾಲ್ಕ: 4, ಐದ: 5, ಆರ: 6, ಏಳ: 7, ಎಂಟ: 8, ಒಂಬತ್ತ: 9, ಹತ್ತ: 10, ಹನ್ನೊಂದ: 11, ಹನ್ನೆರಡ: 12,
};
const KN_HALF = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(KN_HALVES).join('|')})ೂವರೆ`, 'gu');
// Greek glues the half to the hour ("εννιάμισι", half past nine; "μιάμιση", one and a half).
const EL_HALVES: Readonly<Record<string, number>> = {
  μιάμιση: 1, μιάμισι: 1, δυόμισι: 2, δυόμιση: 2, τρεισήμισι: 3, τριάμισι: 3, τεσσερισήμισι: 4, τεσσεράμισι: 4, πεντέμισι: 5,
  εξίμισι: 6, εξήμισι: 6, εφτάμισι: 7, επτάμισι: 7, οχτώμισι: 8, οκτώμισι: 8, εννιάμισι: 9, εννεάμισι: 9, δεκάμισι: 10,
  εντεκάμισι: 11, δωδεκάμισι: 12,
};
const EL_HALF = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(EL_HALVES).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
// Tamil says the quarters after an emphatic hour: "ஆறே முக்கால்" (six and three quarters, 6:45), "ஏழே கால்" (7:15).
const TA_QUARTER = new RegExp(`(?<![\\p{L}\\p{M}])(${'ஒன்ற|இரண்ட|மூன்ற|நான்க|நால|ஐந்த|ஆற|ஏழ|எட்ட|ஒன்பத|பத்த|பதினொன்ற|பன்னிரண்ட'})ே(?= (?:முக்கால|கால))`, 'gu');
// Telugu glues the quarter on with "ం": "ఆరుంపావుకి" (at a quarter past six), "ఏడుంముప్పావు" (7:45).
const TE_QUARTER = new RegExp(`(?<![\\p{L}\\p{M}])(${'ఒకటి|రెండు|మూడు|నాలుగు|ఐదు|ఆరు|ఏడు|ఎనిమిది|తొమ్మిది|పది|పదకొండు|పన్నెండు'})ం(ముప్పావు|పావు)`, 'gu');
const TE_HALF = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(TE_HALVES).join('|')})న్నర`, 'gu');

/** Per language, the text with its glued halves (and Tamil's quarters) split off. */
export const gluedHalves = {
  ta: (t: string) => t.replace(TA_HALF, (_m, n: string) => `${TA_HALVES[n]} அரை`).replace(TA_QUARTER, (_m, n: string) => `${TA_HALVES[n]}`),
  te: (t: string) => t.replace(TE_HALF, (_m, n: string) => `${TE_HALVES[n]} అర`).replace(TE_QUARTER, (_m, n: string, q: string) => `${TE_HALVES[n]} ${q}`),
  ml: (t: string) => t.replace(ML_HALF, (_m, n: string) => `${ML_HALVES[n]} അര`).replace(ML_QUARTER, (_m, n: string, q: string) => `${ML_HALVES[n]} ${q}ൽ`),
  // "ಏಳೂವರೆಗೆ" (at half past seven) → "7 ಅರ್ಧಗೆ", so that "ವರೆಗೆ" (until) stays itself.
  kn: (t: string) => t.replace(KN_HALF, (_m, n: string) => `${KN_HALVES[n]} ಅರ್ಧ`),
  el: (t: string) => t.replace(EL_HALF, (_m, n: string) => `${EL_HALVES[n]} και μισή`),
} as const;
