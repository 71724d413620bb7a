/**
 * List items in languages without a pack: the items between the add verb and the list, or on
 * the list's far side, split at "and", without articles, in their dictionary form.
 */
import { describe, expect, it } from 'vitest';
import { LIST_WORD_LANGS } from '../languages/listWords.ts';
import { packFor } from '../languages/index.ts';
import { findListItem, splitItems } from './listItems.ts';

const items = (text: string, locale: string, listName?: string) => {
  const item = findListItem(text, locale, 'add', listName);
  return item === null ? null : splitItems(item, locale);
};

describe('list items for languages without a pack', () => {
  it('covers only languages without a pack', () => {
    for (const lang of LIST_WORD_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect(LIST_WORD_LANGS.length).toBeGreaterThanOrEqual(20);
  });

  it.each<[string, string, string | undefined, string[]]>([
    ['sv-SE', 'skriv upp ägg och smör på handlingslistan', 'handlingslistan', ['ägg', 'smör']],
    // Tagalog's spoken article "yung" (the) is no part of the item.
    ['tl-PH', 'idagdag mo yung toilet paper sa shopping list', 'shopping', ['toilet paper']],
    // Burmese "and" glued to the item before it: eggs, rice and oil.
    ['my-MM', 'ဈေးဝယ်စာရင်းထဲ ကြက်ဥ ဆန်နဲ့ ဆီ ထည့်ပေး', 'ဈေးဝယ်စာရင်းထဲ', ['ကြက်ဥ', 'ဆန်', 'ဆီ']],
    ['da-DK', 'sæt kaffe og sukker på indkøbslisten', undefined, ['kaffe', 'sukker']],
    ['fi-FI', 'lisää kahvi ja jogurtti ostoslistalle', 'ostoslistalle', ['kahvi', 'jogurtti']],
    ['hu-HU', 'írd fel a bevásárlólistára a tojást és a lisztet', 'bevásárlólistára', ['tojás', 'liszt']],
    ['ro-RO', 'adaugă ouă și brânză pe lista de cumpărături', 'cumpărături', ['ouă', 'brânză']],
    ['el-GR', 'πρόσθεσε γάλα και αυγά στη λίστα με τα ψώνια', undefined, ['γάλα', 'αυγά']],
    ['id-ID', 'tambahkan telur dan roti ke daftar belanja', 'belanja', ['telur', 'roti']],
    ['vi-VN', 'thêm sữa và trứng vào danh sách mua sắm', 'mua sắm', ['sữa', 'trứng']],
    ['fa-IR', 'شیر و نان رو به لیست خرید اضافه کن', 'خرید', ['شیر', 'نان']],
    ['ca-ES', "afegeix llet i ous a la llista de la compra", 'compra', ['llet', 'ous']],
    ['he-IL', 'תוסיף חלב וביצים לרשימת הקניות', 'הקניות', ['חלב', 'ביצים']],
    ['sl-SL', 'dodaj mleko in kruh na nakupovalni seznam', undefined, ['mleko', 'kruh']],
    ['af-ZA', 'sit suiker en koffie op die inkopielys', undefined, ['suiker', 'koffie']],
    ['ka-GE', 'საყიდლების სიაში ჩაამატე რძე და პური', 'საყიდლების', ['რძე', 'პური']],
    ['mn-MN', 'дэлгүүрийн жагсаалтад сүү болон талх нэмээрэй', 'дэлгүүрийн', ['сүү', 'талх']],
    ['ur-PK', 'شاپنگ لسٹ میں دودھ اور چینی ڈال دو', 'شاپنگ', ['دودھ', 'چینی']],
    // Items first, the list and the verb last; the NLU names the list, so no item is taken for its name.
    ['am-ET', 'ቡና እና ስኳር የገበያ ዝርዝሬ ላይ ጨምር', 'የገበያ', ['ቡና', 'ስኳር']],
    ['kn-IN', 'ಅಕ್ಕಿ ಮತ್ತು ಬೇಳೆ ದಿನಸಿ ಪಟ್ಟಿಗೆ ಸೇರಿಸಿ', 'ದಿನಸಿ', ['ಅಕ್ಕಿ', 'ಬೇಳೆ']],
    // The object ending taken off, and the object form is no list name ("ಹಾಲನ್ನು ಲಿಸ್ಟಿಗೆ").
    ['kn-IN', 'ಮೊಟ್ಟೆಯನ್ನು ಮತ್ತು ಹಾಲನ್ನು ಲಿಸ್ಟಿಗೆ ಸೇರಿಸಿ', undefined, ['ಮೊಟ್ಟೆ', 'ಹಾಲು']],
    // "And" as an ending on each item: Malayalam and Tamil.
    ['ml-IN', 'പാലും മുട്ടയും ലിസ്റ്റിൽ ചേർക്കൂ', undefined, ['പാൽ', 'മുട്ട']],
    ['ta-IN', 'பாலும் ரொட்டியும் லிஸ்ட்ல சேர்', undefined, ['பால்', 'ரொட்டி']],
    // Unspaced scripts: the list is the chunk holding its word.
    ['km-KH', 'បន្ថែម ស្ករ និង កាហ្វេ ទៅក្នុងបញ្ជី', undefined, ['ស្ករ', 'កាហ្វេ']],
    ['my-MM', 'ဆန် နဲ့ ဆီ စာရင်းထဲ ထည့်ပါ', undefined, ['ဆန်', 'ဆီ']],
    // Thai, run together or spaced as a recognizer may write it: the verb, "and" and the glue before the list are spaced out.
    ['th-TH', 'เพิ่มไข่กับนมในรายการซื้อของ', undefined, ['ไข่', 'นม']],
    ['th-TH', 'ใส่กาแฟลงในลิสต์หน่อย', undefined, ['กาแฟ']],
    ['th-TH', 'เพิ่ม นม ไข่ และ ขนมปัง ในรายการซื้อของ', undefined, ['นม', 'ไข่', 'ขนมปัง']],
    ['th-TH', 'ในรายการ ร้านขายของชำ กรุณาเพิ่มส้ม', 'ร้านขายของชำ', ['ส้ม']],
    // Hebrew's construct form: the list's name follows "לרשימת", and is no item.
    ['he-IL', 'תוסיף לרשימת הקניות גבינה ועגבניות', undefined, ['גבינה', 'עגבניות']],
    // Three items with "and" said once: a run of known grocery words is one item per word...
    ['nb-NO', 'legg til ost smør og egg på handlelista', undefined, ['ost', 'smør', 'egg']],
    ['ro-RO', 'adaugă zahăr făină și ulei pe listă', undefined, ['zahăr', 'făină', 'ulei']],
    // ...a run with a word that is not one stays one item ("röd lök", red onion).
    ['sv-SE', 'lägg till röd lök och vitlök på listan', undefined, ['röd lök', 'vitlök']],
    // Runs of known items in the languages templated on 5 December (groceryWords.ts).
    ['af-ZA', 'sit druiwe aarbeie en heuning op die lys', undefined, ['druiwe', 'aarbeie', 'heuning']],
    ['is-IS', 'settu skyr sultu og kex á listann', undefined, ['skyr', 'sultu', 'kex']],
    ['ms-MY', 'tambah madu kicap dan tauhu dalam senarai', undefined, ['madu', 'kicap', 'tauhu']],
    // A word that begins a longer item is no item of its own: "ikan bilis" (anchovies) stays one.
    ['ms-MY', 'tambah ikan bilis dan madu dalam senarai', undefined, ['ikan bilis', 'madu']],
    // ...and a known word first in a longer run is an item of its own ("miltus", flour; then cat food).
    // Latvian items said as objects are listed in their dictionary form where the grocery table
    // knows the word ("miltus" → "milti", "sāli" → "sāls"); cat food, unknown, stays as said.
    ['lv-LV', 'pievieno miltus kaķu barību un sāli sarakstam', undefined, ['milti', 'kaķu barību', 'sāls']],
    ['lv-LV', 'pievieno pienu un maizi iepirkumu sarakstam', 'iepirkumu', ['piens', 'maize']],
    ['lv-LV', 'ieliec kafiju ābolus un alu sarakstā', undefined, ['kafija', 'āboli', 'alus']],
    // The zero-width non-joiner inside "లిస్ట్‌లో" (in the list) belongs to the list word, not to an item.
    ['te-IN', 'గుడ్లు మరియు పాలు లిస్ట్‌లో రాయండి', undefined, ['గుడ్లు', 'పాలు']],
    // Loanword verbs with a helper verb after them: "ಆಡ್ ಮಾಡಿ", "অ্যাড করে দাও", "ایڈ کر دو", "ആഡ് ചെയ്യൂ" (add do).
    ['kn-IN', 'ಬ್ರೆಡ್ ಮತ್ತು ಬೆಣ್ಣೆ ದಿನಸಿ ಲಿಸ್ಟ್‌ಗೆ ಆಡ್ ಮಾಡಿ', 'ದಿನಸಿ', ['ಬ್ರೆಡ್', 'ಬೆಣ್ಣೆ']],
    ['bn-BD', 'ডিম আর দুধ লিস্টে অ্যাড করে দাও', undefined, ['ডিম', 'দুধ']],
    ['ur-PK', 'چائے کی پتی کو گروسری لسٹ میں ایڈ کر دو', 'گروسری', ['چائے کی پتی']],
    ['ml-IN', 'ഉപ്പ് ലിസ്റ്റിൽ ആഡ് ചെയ്യൂ', undefined, ['ഉപ്പ്']],
    ['ta-IN', 'என் லிஸ்ட்ல தக்காளி எழுதி வை', undefined, ['தக்காளி']],
    // One word before the list is the item, not the list's name, when nothing else is left ("انڈے لسٹ میں ڈال دو", eggs in the list, put).
    ['ur-PK', 'انڈے لسٹ میں ڈال دو', undefined, ['انڈے']],
    ['am-ET', 'እባክዎ ሩዝ ዝርዝሩ ላይ ይጨምሩ', undefined, ['ሩዝ']],
    ['ka-GE', 'დაამატე მარილი სიაში', undefined, ['მარილი']],
    // Polite and "for me" verb forms: "ჩამიწერე" (write down for me), "կարող ես … ավելացնել" (can you add).
    ['ka-GE', 'სიაში ჩამიწერე ყველი და კვერცხი', undefined, ['ყველი', 'კვერცხი']],
    ['hy-AM', 'կարող ես կաթ ավելացնել ցուցակին', undefined, ['կաթ']],
    ['hy-AM', 'ավելացրու հաց և պանիր ցուցակին', undefined, ['հաց', 'պանիր']],
    // Persian with the list first and the verb last, or the verb before "به لیست" (to the list).
    ['fa-IR', 'تو لیست سفر مسواک رو بنویس', 'سفر', ['مسواک']],
    ['fa-IR', 'نمک رو اضافه کن به لیست', undefined, ['نمک']],
    // The item first, then the verb: "beras entek lebokno …" (rice has run out, put it in …), Javanese verb endings.
    ['jv-ID', 'lebokke gula karo kopi ning dhaptar blanja', 'blanja', ['gula', 'kopi']],
    ['jv-ID', 'beras entek lebokno dhaptar blanja', 'blanja', ['beras']],
    ['ms-MY', 'susu dah habis masukkan dalam senarai', undefined, ['susu']],
    ['ms-MY', 'tambah roti dengan mentega ke senarai', undefined, ['roti', 'mentega']],
    ['tl-PH', 'i-add ang kape sa listahan ko', undefined, ['kape']],
    ['tl-PH', 'ubos na ang bigas pakidagdag sa listahan', undefined, ['bigas']],
    ['th-TH', 'ต้องซื้อ น้ำปลา ช่วยใส่ในลิสต์ที', undefined, ['น้ำปลา']],
    ['km-KH', 'ត្រី បន្ថែមក្នុងបញ្ជី', undefined, ['ត្រី']],
    ['km-KH', 'កុំភ្លេចបន្ថែម ស្ករ ជាមួយ អំបិល ក្នុងបញ្ជី', undefined, ['ស្ករ', 'អំបិល']],
    ['my-MM', 'ဆပ်ပြာ စာရင်း မှာ ထည့်', undefined, ['ဆပ်ပြာ']],
    // "I need X, put it on the list": the items before the verb, "it" pointing back to them.
    ['af-ZA', 'ek het melk nodig sit dit op die lys', undefined, ['melk']],
    ['is-IS', 'ég þarf að kaupa smjör settu það á listann', undefined, ['smjör']],
    ['cy-GB', 'dw i angen bara a llaeth rho nhw ar y rhestr', undefined, ['bara', 'llaeth']],
    ['sl-SL', 'moram kupiti riž dodaj na seznam', undefined, ['riž']],
    ['sq-AL', 'më duhen vezë shtoji në listë', undefined, ['vezë']],
  ])('%s "%s" → %j', (locale, text, name, expected) => {
    expect(items(text, locale, name)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['sv-SE', 'skapa en ny lista som heter resa'], // "create a list": no add verb
    ['fi-FI', 'mitä ostoslistalla on'],
    ['ro-RO', 'adaugă'], // no list
    // A word that stands for an item: the assistant asks which.
    ['sv-SE', 'lägg till en grej på inköpslistan'],
    ['fa-IR', 'یه چیزی به لیست خرید اضافه کن'],
    ['vi-VN', 'thêm đồ vào danh sách'],
    ['th-TH', 'มีอะไรในรายการซื้อของบ้าง'], // what is on the list: no add verb
    ['th-TH', 'เพิ่มไอเทมใหม่ไปยัง รายการ'], // "a new item": which one?
    ['is-IS', 'settu það á listann'], // "put it on the list" with nothing said before: which?
    ['af-ZA', 'ek het melk nodig'], // no list, no verb
  ])('%s "%s" has no item', (locale, text) => {
    expect(findListItem(text, locale, 'add')).toBeNull();
  });

  it('finds nothing in a flood of "and", and leaves text over the cap alone', () => {
    expect(findListItem(`lägg ${'och '.repeat(120)}`, 'sv-SE', 'add')).toBeNull();
    expect(findListItem(`lägg ${'ägg '.repeat(200)}på listan`, 'sv-SE', 'add')).toBeNull();
  });
});
