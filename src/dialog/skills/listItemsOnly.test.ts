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
  ])('%s "%s" has no item', (locale, text) => {
    expect(findListItem(text, locale, 'add')).toBeNull();
  });

  it('finds nothing in a flood of "and", and leaves text over the cap alone', () => {
    expect(findListItem(`lägg ${'och '.repeat(120)}`, 'sv-SE', 'add')).toBeNull();
    expect(findListItem(`lägg ${'ägg '.repeat(200)}på listan`, 'sv-SE', 'add')).toBeNull();
  });
});
