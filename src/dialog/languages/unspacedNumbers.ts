/**
 * Numerals of scripts written without spaces (Thai, Khmer, Burmese), for the number-word
 * table of languages without a pack (numberWords.ts). The space-separated reader of the other
 * languages cannot see their numbers: this one finds them by their morphemes, and only next
 * to a clock, length, operator or level word, because unspaced a numeral also begins other words (Thai "ห้า",
 * five, begins "ห้าง", a mall; "เก้า", nine, "เก้าอี้", a chair; Burmese "တစ်", one, is
 * the article of "နှိုးစက် တစ်ခု", an alarm).
 *
 * Per language: `units` (word → 1–9, longest matched first: Khmer "ប្រាំពីរ", 5+2, is seven
 * before "ប្រាំ" is five), `ten` (the word that multiplies the unit before it and adds the one
 * after it: Thai "สามสิบห้า" 35, Burmese "နှစ်ဆယ့်ငါး" 25), `tens` (whole tens with names of
 * their own: Khmer "ម្ភៃ" 20), `before` and `after` (the clock and length words a numeral
 * must touch).
 */
interface Numerals {
  units: Readonly<Record<string, number>>;
  ten: string;
  tens?: Readonly<Record<string, number>>;
  before: string;
  after: string;
  /** Units said before their number ("မိနစ်ဆယ့်ငါး", minutes fifteen): set after it, as the length reader expects. */
  unitFirst?: string;
  /** The word for a hundred, after its count ("หนึ่งร้อย", "មួយរយ", "တစ်ရာ": a volume "to 100"). */
  hundred?: string;
}

const NUMERALS: Readonly<Record<string, Numerals>> = {
  th: {
    units: { ศูนย์: 0, หนึ่ง: 1, เอ็ด: 1, สอง: 2, ยี่: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9 },
    ten: 'สิบ',
    hundred: 'ร้อย',
    // "ตีห้า" (5 am), "บ่ายสาม" (3 pm), the minutes of "แปดโมงสี่สิบห้า"; a sum ("เก้าคูณเจ็ด");
    // a volume level ("ระดับเสียงเป็นยี่สิบ"); a day of the month ("วันที่สาม มีนาคม").
    // A level "to" it: "ปรับเสียงไปที่สามสิบห้า" (set the volume to thirty-five).
    before: 'ตี|บ่าย|โมง|ทุ่ม|บวก|ลบ|คูณ|หาร|เป็น|วันที่|ไปที่',
    after: 'นาที|วินาที|ชั่วโมง|โมง|ทุ่ม|นาฬิกา|บวก|ลบ|คูณ|หาร|เปอร์เซ็นต์|เปอร์เซ็น|เปอร์เซนต์|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม',
  },
  // Khmer counts 6–9 as five and one to five and four: "ប្រាំមួយ" is 6, "ដប់ប្រាំ" 15, "ម្ភៃប្រាំ" 25.
  km: {
    units: { សូន្យ: 0, មួយ: 1, ពីរ: 2, បី: 3, បួន: 4, ប្រាំ: 5, ប្រាំមួយ: 6, ប្រាំពីរ: 7, ប្រាំបី: 8, ប្រាំបួន: 9 },
    ten: 'ដប់',
    // Read only after its count, so never the end of "ភាគរយ" (percent).
    hundred: 'រយ',
    tens: { ម្ភៃ: 20, សាមសិប: 30, សែសិប: 40, ហាសិប: 50, ហុកសិប: 60, ចិតសិប: 70, ប៉ែតសិប: 80, កៅសិប: 90 },
    // "ម៉ោងប្រាំពីរ" (seven o'clock), "ដប់ប្រាំនាទី" (15 minutes), "ពីរម៉ោង" (two hours); a sum
    // ("ប្រាំមួយគុណនឹងប្រាំបី"); a volume level ("ត្រឹមសាមសិប", up to thirty); a date ("ថ្ងៃទីដប់ពីរ ខែមិថុនា").
    before: 'ម៉ោង|បូក|ដក|គុណនឹង|គុណ|ចែកនឹង|ចែក|ត្រឹម|កម្រិត|ថ្ងៃទី',
    after: 'នាទី|វិនាទី|ម៉ោង|បូក|ដក|គុណ|ចែក|ភាគរយ|ខែ',
  },
  // Burmese: "ဆယ်" is ten, "ဆယ့်" inside a compound ("ဆယ့်ငါး" 15, "သုံးဆယ်" 30).
  my: {
    units: { သုည: 0, တစ်: 1, နှစ်: 2, သုံး: 3, လေး: 4, ငါး: 5, ခြောက်: 6, ခုနစ်: 7, ရှစ်: 8, ကိုး: 9 },
    ten: 'ဆယ့်|ဆယ်',
    // Not the start of "ရာခိုင်နှုန်း" (percent).
    hundred: 'ရာ(?!ခိုင်)',
    // Spoken lengths put the unit first: "မိနစ်နှစ်ဆယ်" (minutes twenty), "စက္ကန့်လေးဆယ်" (seconds forty).
    // The operator before its second number too: "ခုနစ်ဆယ့်ငါး ပေါင်း ဆယ့်ရှစ်" (75 plus 18).
    before: 'နာရီ|မိနစ်|စက္ကန့်|အပေါင်း|အနုတ်|အမြှောက်|အစား|မြှောက်|ပေါင်း|နုတ်|စား',
    // Days: "ဆယ့်နှစ်ရက်" (the 12th, or 12 days).
    // "နှစ်ဆယ် ထားပေး" (put it at twenty).
    after: 'နာရီ|မိနစ်|စက္ကန့်|ပေါင်း|နုတ်|မြှောက်|စား|ရာခိုင်နှုန်း|ရက်|ထား',
    unitFirst: 'မိနစ်|စက္ကန့်',
  },
};

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** `lang`'s reader: numerals next to clock and length words become digits, set apart by spaces. */
function reader(n: Numerals): (t: string) => string {
  const unit = `(?:${byLength(Object.keys(n.units))})`;
  const below = `(?:${n.tens ? `(?:${byLength(Object.keys(n.tens))})${unit}?|` : ''}${unit}?(?:${n.ten})${unit}?|${unit})`;
  const run = n.hundred ? `(?:${unit}(?:${n.hundred})${below}?|${below})` : below;
  const hundredRe = n.hundred ? new RegExp(`^(${unit})(?:${n.hundred})(.*)$`, 'u') : undefined;
  const re = new RegExp(`(?<=(?:${n.before})\\s?)${run}|${run}(?=\\s?(?:${n.after}))`, 'gu');
  const unitRe = new RegExp(`^(${unit})?(?:${n.ten})(${unit})?$`, 'u');
  const value = (word: string): number => {
    const h = hundredRe?.exec(word);
    if (h) return (n.units[h[1]!] ?? 1) * 100 + (h[2] ? value(h[2]) : 0);
    const named = n.tens && Object.keys(n.tens).find((t) => word.startsWith(t));
    if (named) return n.tens![named]! + (n.units[word.slice(named.length)] ?? 0);
    const m = unitRe.exec(word);
    if (!m) return n.units[word] ?? 0;
    return (m[1] ? (n.units[m[1]] ?? 1) : 1) * 10 + (m[2] ? (n.units[m[2]] ?? 0) : 0);
  };
  // Only a unit with no number of its own before it: "ခုနစ်နာရီ ၂၀ မိနစ်" keeps its minutes.
  const unitFirst = n.unitFirst ? new RegExp(`(?<!\\d ?)(${n.unitFirst}) ?(\\d+)(?! ?(?:${n.after}))`, 'gu') : undefined;
  return (t) => {
    const read = t.replace(re, (w) => ` ${value(w)} `).replace(/\s+/g, ' ').trim();
    return unitFirst ? read.replace(unitFirst, '$2 $1') : read;
  };
}

const READERS: Readonly<Record<string, (t: string) => string>> = Object.fromEntries(Object.entries(NUMERALS).map(([lang, n]) => [lang, reader(n)]));

/** The numeral reader of an unspaced script (th, km, my); undefined for another language. */
export function unspacedDigitize(lang: string): ((t: string) => string) | undefined {
  return READERS[lang];
}
