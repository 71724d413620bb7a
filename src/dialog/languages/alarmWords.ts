/**
 * Words that name an alarm or ask to be woken, for MASSIVE's languages that have no pack yet:
 * "väckarklocka", "herätä minut", "ébressz fel", "آلارم", "đánh thức". The NLU reads an alarm
 * it is unsure of as something near it ("herätä mut huomenna kello viisi" as a mute at 0.46,
 * "یه آلارم برام بذار" as music at 0.26); the `alarm-words` repair (repair/timer.ts) reads
 * these and sets the alarm. Words that cancel or stop are listed too: "stäng av larmet" is no
 * new alarm. Regex sources on the lower-cased text (wordPatterns.ts).
 */
import { anyOf, stem } from './wordPatterns.ts';

interface Words {
  /** An alarm, the clock that rings, or being woken. */
  alarm: readonly string[];
  /** Cancelling, stopping, removing, or asking what is set. */
  not: readonly string[];
}

const WORDS: Readonly<Record<string, Words>> = {
  af: { alarm: [stem('alarm|wekker|maak my wakker|wek my')], not: [stem('kanselleer|skakel af|stop|verwyder|watter|wat is')] },
  am: { alarm: [stem('አላርም|ማንቂያ|ቀስቅሰኝ|ቀስቅሺኝ|አንቃኝ')], not: [stem('ሰርዝ|አጥፋ|አቁም|ዝጋ|የትኛው|መቼ|ስንት')] },
  ca: { alarm: [stem('alarma|despertador|desperta')], not: [stem('cancel·la|cancela|elimina|esborra|treu|atura|para|quines|quina')] },
  da: { alarm: [stem('alarm|vækkeur|væk mig|vække mig')], not: [stem('slet|annuller|sluk|stop|fjern|hvilke|hvornår')] },
  el: { alarm: [stem('ξυπνητήρ|ξυπνητηρ|ξύπνα|ξυπνα|ξύπνησ|ξυπνησ|συναγερμ')], not: [stem('ακύρωσ|ακυρωσ|σβήσ|σβησ|κλείσ|κλεισ|σταμάτ|σταματ|διέγραψ|διαγραψ|ποια|τι ώρα')] },
  fa: { alarm: ['آلارم', 'زنگ هشدار', 'ساعت زنگ', 'بیدار'], not: ['لغو', 'حذف', 'خاموش', 'قطع', 'کدام', 'چه ساعتی'] },
  fi: { alarm: [stem('herätys|herätä|herättä|herätyskello|hälytys')], not: [stem('poista|peru|peruuta|sammuta|lopeta|mitkä|milloin')] },
  he: { alarm: ['שעון מעורר', 'מעורר', 'תעיר', 'להעיר', 'השכמה'], not: ['בטל', 'תבטל', 'מחק', 'תמחק', 'כבה', 'תכבה', 'איזה', 'מתי'] },
  hu: { alarm: [stem('ébresztő|ébressz|ébreszt|kelts fel|riasztás')], not: [stem('töröld|törlés|kapcsold ki|állítsd le|mikor|melyik|milyen')] },
  id: { alarm: [stem('alarm|weker|bangunkan|bangunin')], not: [stem('hapus|batalkan|matikan|hentikan|kapan|apa saja|jam berapa')] },
  is: { alarm: [stem('vekjara|vekjaraklukk|vektu mig|vekja mig')], not: [stem('eyddu|eyða|slökktu|hættu|hvaða|hvenær')] },
  // Khmer and Burmese are written without spaces: plain substrings.
  km: { alarm: ['ម៉ោងរោទ៍', 'ម៉ោងរោទិ៍', 'អាឡាម', 'ដាស់ខ្ញុំ'], not: ['លុប', 'បិទ', 'បញ្ឈប់', 'បោះបង់', 'ប៉ុន្មាន', 'ណា'] },
  kn: { alarm: [stem('ಅಲಾರ್ಮ್|ಅಲಾರಾಂ|ಅಲಾರಮ್|ಎಬ್ಬಿಸ')], not: [stem('ರದ್ದು|ಅಳಿಸ|ಆಫ್|ನಿಲ್ಲಿಸ|ಯಾವ|ಎಷ್ಟು')] },
  ml: { alarm: [stem('അലാറം|അലാറ|ഉണർത്ത|എഴുന്നേൽപ്പിക്ക')], not: [stem('റദ്ദാക്ക|ഡിലീറ്റ്|മായ്ക്ക|ഓഫ്|നിർത്ത|ഏത്|എപ്പോൾ|എത്ര')] },
  ms: { alarm: [stem('penggera|jam loceng|kejutkan|bangunkan|alarm')], not: [stem('padam|batal|matikan|hentikan|bila|apa')] },
  my: { alarm: ['နှိုးစက်', 'နိုးစက်', 'အလာမ်', 'နှိုးပေး'], not: ['ဖျက်', 'ပိတ်', 'ရပ်', 'ဘယ်အချိန်', 'ဘယ်နှစ်'] },
  nb: { alarm: [stem('alarm|vekkerklokk|vekk meg|vekking')], not: [stem('slett|avbryt|skru av|slå av|stopp|fjern|hvilke|når')] },
  ro: { alarm: [stem('alarmă|alarma|deșteptător|desteptator|trezește-mă|trezeste-ma|trezește mă|trezeste ma')], not: [stem('șterge|sterge|anulează|anuleaza|oprește|opreste|dezactivează|ce alarm|când|cand')] },
  sq: { alarm: [stem('alarm|zgjomë|zgjo më|më zgjo')], not: [stem('fshi|anulo|fik|ndalo|cila|kur')] },
  sl: { alarm: [stem('alarm|budilk|zbudi me')], not: [stem('izbriši|prekliči|izklopi|ustavi|kateri|kdaj')] },
  sv: { alarm: [stem('larm|väckarklock|väck mig|alarm')], not: [stem('ta bort|stäng av|avbryt|radera|stoppa|vilka|när')] },
  tl: { alarm: [stem('alarma|alarm|gisingin')], not: [stem('burahin|kanselahin|patayin|itigil|anong oras|ano ang')] },
  vi: { alarm: ['báo thức', 'đánh thức', 'gọi tôi dậy'], not: ['xóa', 'xoá', 'hủy', 'huỷ', 'tắt', 'dừng', 'mấy giờ', 'nào'] },
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

/** The languages with alarm words here (for tests). */
export const ALARM_WORD_LANGS: readonly string[] = Object.keys(WORDS);
