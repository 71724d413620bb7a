/**
 * Words that name an alarm or ask to be woken, for MASSIVE's languages that have no pack yet:
 * "väckarklocka", "herätä minut", "ébressz fel", "آلارم", "đánh thức". The NLU reads an alarm
 * it is unsure of as something near it ("herätä mut huomenna kello viisi" as a mute at 0.46,
 * "یه آلارم برام بذار" as music at 0.26); the `alarm-words` repair (repair/timer.ts) reads
 * these and sets the alarm. Words that cancel or stop are listed too: "stäng av larmet" is no
 * new alarm. Regex sources on the lower-cased text (wordPatterns.ts).
 */
import { anyOf, stem, word } from './wordPatterns.ts';

interface Words {
  /** An alarm, the clock that rings, or being woken. */
  alarm: readonly string[];
  /** Cancelling, stopping, removing, or asking what is set. */
  not: readonly string[];
}

/** Bengali য় either way: precomposed, or letter and nukta (the text here is not normalized). */
const BN_Y = '(?:\\u09df|য\\u09bc)';

const WORDS: Readonly<Record<string, Words>> = {
  // "maak my om sesuur wakker": the time comes between.
  af: { alarm: [stem('alarm|wekker|maak my wakker|wek my'), `${stem('maak my')} (?:\\S+ ){1,4}wakker`], not: [stem('kanselleer|skakel af|stop|verwyder|watter|wat is|wanneer|skrap|hoe laat')] },
  am: { alarm: [stem('አላርም|ማንቂያ|ቀስቅሰኝ|ቀስቅሺኝ|ቀስቅሱኝ|አንቃኝ|አንቂኝ')], not: [stem('ሰርዝ|ሰርዢ|ሰርዙ|አጥፋ|አጥፊ|አጥፉ|አቁም|ዝጋ|አስወግድ|የትኛው|መቼ|ስንት')] },
  // "oyatma" is "do not wake".
  az: { alarm: [stem('zəngli saat|budilnik|alarm|siqnal qur|oyat(?!ma)')], not: [stem('sil|ləğv|söndür|dayandır|bağla|hansı|nə vaxt|neçədə|saat neçə')] },
  // "কটা" (what time) is also the end of "একটা" (one, a): from a word start only.
  bn: {
    alarm: ['অ্যালার্ম', 'এলার্ম', 'আলার্ম', `জাগি${BN_Y}ে দ`, 'ঘুম থেকে (?:তুল|তোল|জাগা|ওঠা)'],
    not: ['বাতিল', 'মুছ', 'বন্ধ', 'থামা', stem(`কোন|কখন|কটা|ক'টা|কত টা|ক${BN_Y}টা`)],
  },
  ca: { alarm: [stem("alarma|despertador|desperta|desperteu")], not: [stem('cancel·la|cancela|elimina|esborra|treu|atura|para|quines|quina|desactiva|apaga|quan|a quina hora')] },
  cy: { alarm: [stem('larwm|alarm|deffra fi|deffrwch fi|dihuna fi|dihunwch fi|fy neffro|fy nihuno')], not: [stem("canslo|dileu|diffodd|stopio|stopia|pryd|faint o['’]r gloch|beth yw|pa larwm|pa larymau")] },
  da: { alarm: [stem('alarm|vækkeur|væk mig|vække mig|vækning')], not: [stem('slet|annuller|sluk|stop|fjern|hvilke|hvilken|hvornår|deaktiver|hvad tid')] },
  el: { alarm: [stem('ξυπνητήρ|ξυπνητηρ|ξύπνα|ξυπνα|ξύπνησ|ξυπνησ|ξυπνήσ|συναγερμ')], not: [stem('ακύρωσ|ακυρωσ|σβήσ|σβησ|κλείσ|κλεισ|σταμάτ|σταματ|διέγραψ|διαγραψ|ποια|ποιο|ποιες|τι ώρα|τι ωρα|πότε|ποτε|απενεργοπ')] },
  fa: { alarm: ['آلارم', 'الارم', 'زنگ هشدار', 'ساعت زنگ', 'بیدار'], not: ['لغو', 'حذف', 'خاموش', 'قطع', 'کدام', 'چه ساعتی', 'پاک کن', 'غیرفعال', 'چه وقت', 'کی زنگ'] },
  fi: { alarm: [stem('herätys|herätyk|herätä|herättä|herätyskello|hälytys')], not: [stem('poista|peru|peruuta|sammuta|lopeta|mitkä|milloin|mihin aikaan|moneltako|mikä herätys|kytke pois')] },
  // "הער" alone is the start of "הערה" (a note): only "הער אותי".
  he: { alarm: ['שעון מעורר', 'מעורר', 'תעיר', 'להעיר', 'השכמה', 'הער אותי', 'העירי אותי'], not: ['בטל', 'תבטל', 'מחק', 'תמחק', 'כבה', 'תכבה', 'איזה', 'מתי', 'הסר', 'תסיר', 'עצור', 'תעצור', 'אילו', 'באיזו שעה'] },
  hu: { alarm: [stem('ébresztő|ébressz|ébreszt|kelts fel|keltsél fel|riasztás')], not: [stem('töröld|törlés|kapcsold ki|állítsd le|mikor|melyik|milyen|kikapcsol|szüntesd meg|hány')] },
  // "որ" is also "that": a question only as "որ զարթուցիչ", "որոնք", "որն".
  hy: { alarm: ['զարթուցիչ', 'արթնացր', 'զարթնեցր'], not: [stem('ջնջ|չեղարկ|անջատ|կանգնեցր|դադարեցր|հեռացր|որոնք|որն|որ զարթուցիչ|երբ|ինչ ժամ|քանիս')] },
  id: { alarm: [stem('alarm|weker|bangunkan|bangunin')], not: [stem('hapus|batalkan|matikan|hentikan|kapan|apa saja|jam berapa|nonaktifkan|yang mana|matiin')] },
  is: { alarm: [stem('vekjara|vekjaraklukk|vektu mig|vekja mig|vekið mig')], not: [stem('eyddu|eyða|slökktu|hættu|hvaða|hvenær|klukkan hvað')] },
  // "gugahen aku", "tangekna aku" (wake me); "tangi" alone is "I am up".
  jv: { alarm: [stem('alarm|weker|tangek(?:na|ke|no|ake)|gugah(?:en|na|ke|no|ake|i)')], not: [stem('busak|hapus|batal|pateni|mateni|mandheg|kapan|jam pira|sing endi|endi wae|apa wae')] },
  ka: { alarm: ['მაღვიძარ', 'გამაღვიძ', 'ბუდილნიკ'], not: ['წაშალ', 'გააუქმ', 'გამორთ', 'გათიშ', 'შეაჩერ', 'რომელ', 'როდის', 'რა დროს', 'რამდენზე'] },
  // Khmer and Burmese are written without spaces: plain substrings.
  km: { alarm: ['ម៉ោងរោទ៍', 'ម៉ោងរោទិ៍', 'អាឡាម', 'ដាស់ខ្ញុំ', 'ដាស់[\\s\\u200b]ខ្ញុំ'], not: ['លុប', 'បិទ', 'បញ្ឈប់', 'បោះបង់', 'ប៉ុន្មាន', 'ណា'] },
  kn: { alarm: [stem('ಅಲಾರ್ಮ್|ಅಲಾರಾಂ|ಅಲಾರಮ್|ಎಬ್ಬಿಸ')], not: [stem('ರದ್ದು|ಅಳಿಸ|ಆಫ್|ನಿಲ್ಲಿಸ|ಯಾವ|ಎಷ್ಟು|ತೆಗೆದು ಹಾಕ|ತೆಗೆ')] },
  lv: { alarm: [stem('modināt|pamodin|modini mani')], not: [stem('dzēs|izdzēs|atcel|izslēdz|apturi|noņem|kur|kad|cik')] },
  ml: { alarm: [stem('അലാറം|അലാറ|ഉണർത്ത|എഴുന്നേൽപ്പിക്ക|വിളിച്ചുണർത്ത')], not: [stem('റദ്ദാക്ക|ഡിലീറ്റ്|മായ്ക്ക|ഓഫ്|നിർത്ത|ഏത്|എപ്പോൾ|എത്ര')] },
  // The stem drops its last vowel before an ending: "сэрүүлгээ", Finnish "herätyksen".
  mn: { alarm: [stem('сэрүүлэг|сэрүүлг|сэрээ')], not: [stem('устга|цуцал|унтраа|зогсоо|аль|хэзээ|хэдэн цаг|хэдэд')] },
  ms: { alarm: [stem('penggera|jam loceng|kejutkan|bangunkan|alarm|kejut saya')], not: [stem('padam|batal|matikan|hentikan|bila|apa|nyahaktif|yang mana')] },
  my: { alarm: ['နှိုးစက်', 'နိုးစက်', 'အလာမ်', 'နှိုးပေး', 'နှိုးပါ'], not: ['ဖျက်', 'ပိတ်', 'ရပ်', 'ဘယ်အချိန်', 'ဘယ်နှစ်', 'ဘယ်ဟာ'] },
  nb: { alarm: [stem('alarm|vekkerklokk|vekk meg|vekking|vekkeklokk')], not: [stem('slett|avbryt|skru av|slå av|stopp|fjern|hvilke|når|deaktiver|hva er klokka')] },
  ro: {
    alarm: [stem('alarmă|alarma|deșteptător|desteptator|trezește-mă|trezeste-ma|trezește mă|trezeste ma'), stem('de[șş]tept[ăa]tor|trez(?:e[șşs]te|i[țţt]i)(?:[\\s-]?m[ăa])?|m[ăa] trez')],
    not: [stem('șterge|sterge|anulează|anuleaza|oprește|opreste|dezactivează|ce alarm|când|cand|[șş]terge|anuleaz[ăa]|opre[șş]te|dezactiv|care alarm|la ce or[ăa]')],
  },
  sq: { alarm: [stem('alarm|zgjomë|zgjo më|më zgjo|zgjome|zgjoni|më zgjoni')], not: [stem('fshi|anulo|fik|ndalo|cila|kur|çaktivizo|hiq|në çfarë ore')] },
  sl: { alarm: [stem('alarm|budilk|zbudi me|zbudite me|me zbudi|bujenje')], not: [stem('izbriši|prekliči|izklopi|ustavi|kateri|kdaj|odstrani')] },
  sv: { alarm: [stem('larm|väckarklock|väck mig|alarm|väckning')], not: [stem('ta bort|stäng av|avbryt|radera|stoppa|vilka|när|vilket|inaktivera|hur dags')] },
  // "எழுப்பு" is also to raise (a question, a noise): waking only as "என்னை ... எழுப்பு" or "எழுப்பி விடு".
  ta: { alarm: ['அலார', 'அலார்ம்', 'என்னை (?:\\S+ ){0,3}எழுப்ப', 'எழுப்பி ?விடு'], not: [stem('நீக்கு|நீக்க|ரத்து|அழி|நிறுத்து|நிறுத்த|ஆஃப்|எந்த|எப்ப|எத்தனை மணி|என்ன நேரம்')] },
  // "లేపు" is also to lift: waking only with "నన్ను" (me) or "నిద్ర" (sleep).
  te: { alarm: ['అలార', 'అలార్మ్', 'నన్ను (?:\\S+ ){0,3}లేప', 'నిద్ర ?లేప'], not: [stem('తొలగించ|తీసివేయ|తీసేయ|రద్దు|ఆపు|ఆపేయ|ఆఫ్|ఏది|ఎప్పుడు|ఎన్ని గంటల|ఎన్నింటికి'), word('ఏ')] },
  // ปิด (off) is inside เปิด (on): off only where no เ comes before it.
  th: { alarm: ['นาฬิกาปลุก', 'ปลุก', 'อลาร์ม', 'อะลาร์ม'], not: ['ลบ', 'ยกเลิก', '(?<!เ)ปิด', 'หยุด', 'อันไหน', 'กี่โมง', 'เมื่อไหร่', 'เมื่อไร', 'อะไรบ้าง'] },
  tl: { alarm: [stem('alarma|alarm|gisingin|pakigising|paki gising')], not: [stem('burahin|kanselahin|patayin|itigil|anong oras|ano ang|tanggalin|alisin|kailan')] },
  // "مجھے ... اٹھا دینا" (wake me); "اٹھا" alone also lifts.
  ur: { alarm: ['الارم', 'آلارم', 'جگا', 'مجھے (?:\\S+ ){0,4}اٹھا'], not: ['ہٹا', 'ختم', 'منسوخ', 'کینسل', 'بند', 'روک', 'کونسا', 'کون سا', 'کون سے', 'کب', 'کتنے بجے'] },
  vi: { alarm: ['báo thức', 'đánh thức', 'gọi tôi dậy', 'gọi (?:em|anh|mình|con|tao|tớ) dậy'], not: ['xóa', 'xoá', 'hủy', 'huỷ', 'tắt', 'dừng', 'mấy giờ', 'nào', 'bỏ báo thức'] },
};

const READY: Readonly<Record<string, { alarm: RegExp; not: RegExp }>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, w]) => [lang, { alarm: anyOf(w.alarm), not: anyOf(w.not) }]),
);

/** Whether `text` (any case) asks for a new alarm in `lang`'s own words: an alarm word and no cancel or question word. */
export function newAlarmSaidOnly(text: string, lang: string): boolean {
  const re = Object.hasOwn(READY, lang) ? READY[lang] : undefined;
  const t = text.toLowerCase();
  return re !== undefined && re.alarm.test(t) && !re.not.test(t);
}

/** Whether `text` (any case) is about an alarm already set in `lang`'s own words: an alarm word and a cancel or question word. */
export function setAlarmSaidOf(text: string, lang: string): boolean {
  const re = Object.hasOwn(READY, lang) ? READY[lang] : undefined;
  const t = text.toLowerCase();
  return re !== undefined && re.alarm.test(t) && re.not.test(t);
}

/** Whether `text` (any case) says one of `lang`'s alarm or wake words, whatever else it says. */
export function alarmWordSaid(text: string, lang: string): boolean {
  return Object.hasOwn(READY, lang) ? READY[lang]!.alarm.test(text.toLowerCase()) : false;
}

/** The languages with alarm words here (for tests). */
export const ALARM_WORD_LANGS: readonly string[] = Object.keys(WORDS);
