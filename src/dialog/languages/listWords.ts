/**
 * Adding to a list, for MASSIVE's languages that have no pack yet: the verbs, the words around
 * the list ("på", "pe", "στη", "vào", "رو به"), "and", and the word for a list
 * ("handlingslistan", "lista de cumpărături", "danh sách"). MASSIVE marks no list items, so the
 * NLU tags only the list's name; without these words "skriv upp ägg och smör på
 * handlingslistan" was answered "what shall I add?" in every such language (the seventh
 * held-out set: 0 of 10). skills/listItemsOnly.ts reads them; a pack's `lists` replace them.
 *
 * Regex sources, lower case, matched at word edges (`\p{L}` boundaries):
 * - `verbs`: ways to say "add", "put", "write down";
 * - `glue`: words between the items and the list, or the verb (dropped at the items' ends);
 * - `and`: between two items ("och", "și", "و"; Hebrew glues "ו" to the next item: `andPrefix`);
 * - `list`: a word stem for "list" inside the list's words, found with its whole word;
 * - `articles`: words before an item that are not the item ("a", "lite", "λίγο");
 * - `object`: the item's dictionary form from its object form (Hungarian "tojást" → "tojás");
 * - `itemsFirst`: the items come before the list, the verb last ("شیر را به لیست خرید اضافه کن"),
 *   so words between the list and the verb are the list's name;
 * - `nameBefore`: the word just before the list word names the list, unless it is glue.
 */
import { grocerySet } from './groceryWords.ts';

export interface ListAddWords {
  verbs: string;
  glue: string;
  and: string;
  andPrefix?: string;
  list: string;
  articles?: string;
  object?: (item: string) => string;
  itemsFirst?: boolean;
  /** The list's name is an adjective or genitive just before the list word ("nakupovalni seznam", "iepirkumu sarakstam"). */
  nameBefore?: boolean;
  /** List words that take the name right after them (Hebrew's construct "לרשימת הקניות", to the list of purchases). */
  nameAfter?: string;
  /**
   * "And" said as an ending on every item (Malayalam "തക്കാളിയും ഉള്ളിയും", Tamil "பாலும்
   * ரொட்டியும்", tomatoes and onions, milk and bread): the items part after it; `object` takes it off.
   */
  andSuffix?: string;
  /** "And" glued to the end of the item before it, once (Burmese "ကြက်ဥ ဆန်နဲ့ ဆီ", eggs, rice and oil): the items part there, without it. */
  andGlued?: string;
  /** "I need (to buy)", "… has run out" around items said before the verb ("ek het … nodig", "… dah habis"): dropped at the ends of the items. */
  need?: string;
  /** Words that refer back to items said before the verb ("sit dit op die lys", put it on the list): no item. */
  pronouns?: string;
}

/**
 * Words that stand for an item rather than being one: "lägg till något på listan", "یه چیزی به
 * لیست اضافه کن" (add something to the list) names no item, so the assistant asks which.
 * Matched against the whole item found.
 */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  af: "iets|iets anders|'n ding|n ding|dinge",
  am: 'ነገር|አንድ ነገር|ዕቃ',
  az: 'nəsə|bir şey|şey',
  bn: 'একটা জিনিস|জিনিস|কিছু|একটা কিছু',
  ca: 'alguna cosa|una cosa|coses',
  cy: 'rhywbeth|rywbeth|peth',
  da: 'noget|en ting|ting',
  el: 'κάτι|ένα πράγμα|πράγματα',
  fa: 'یه چیزی|یک چیزی|چیزی|یه چیز|یک چیز',
  fi: 'jotain|jotakin|juttu|jutun|jotain juttua',
  he: 'משהו|דבר|פריט',
  hu: 'valamit|valami|egy dolgot|dolgot',
  hy: 'ինչ-որ բան|ինչ որ բան|մի բան|բան',
  id: 'sesuatu|barang|item',
  is: 'eitthvað|hlut|einhvern hlut',
  jv: 'barang|apa-apa|apa apa|sesuatu',
  ka: 'რამე|რაღაც|ნივთი',
  km: 'របស់|អ្វីមួយ|អីវ៉ាន់',
  kn: 'ಏನಾದರೂ|ಏನೋ|ಒಂದು ವಸ್ತು|ವಸ್ತು',
  lv: 'kaut ko|kaut kas|lietu',
  ml: 'എന്തെങ്കിലും|ഒരു സാധനം|സാധനം',
  mn: 'юм|нэг юм|ямар нэг юм',
  ms: 'sesuatu|barang|item',
  my: 'တစ်ခုခု|ပစ္စည်း|တစ်ခု',
  nb: 'noe|en ting|ting',
  ro: 'ceva|un lucru|lucruri',
  sl: 'nekaj|stvar',
  sq: 'diçka|dicka|një gjë|gjë',
  sv: 'något|nåt|nånting|en grej|grejer|en sak|saker',
  ta: 'ஒண்ணு|ஒன்று|ஏதாவது|ஏதோ|ஒரு பொருள்',
  te: 'ఏదైనా|ఒకటి|ఏదో',
  th: 'ของ|สิ่งของ|อะไร|อะไรสักอย่าง|บางอย่าง|ของบางอย่าง|ไอเทม|ไอเทมใหม่|ไอเทม ?นี้|สิ่ง ?นี้|มัน|รายการใหม่',
  tl: 'isang bagay|bagay|kahit ano',
  ur: 'کچھ|ایک چیز|چیز',
  vi: 'đồ|thứ|cái gì đó|gì đó|một món|món đồ',
};

const PLACEHOLDER_RES: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries(PLACEHOLDERS).map(([lang, w]) => [lang, new RegExp(`^(?:${w})$`, 'u')]));

/** Whether `item` (lower case) only stands for an item in `lang` ("något", "κάτι"). */
export function placeholderOnly(item: string, lang: string): boolean {
  return PLACEHOLDER_RES[lang]?.test(item.trim()) ?? false;
}

/** Hungarian objects take -t: "tojást" → "tojás", "lisztet" → "liszt", "almát" → "alma", "kenyeret" stays long-vowelled wrong, rarely. */
function hungarianObject(item: string): string {
  if (/[^aeiouáéíóöőúüű](?:at|et|ot|öt)$/u.test(item) && item.length > 4) return item.slice(0, -2);
  if (item.endsWith('át')) return `${item.slice(0, -2)}a`;
  if (item.endsWith('ét')) return `${item.slice(0, -2)}e`;
  if (/[aeiouáéíóöőúüű]t$|[lnrsyz]t$/u.test(item) && item.length > 3) return item.slice(0, -1);
  return item;
}

/** Endings of a Latvian object (accusative) and the dictionary-form endings they can come from. */
const LV_OBJECT_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['us', ['i']], // ābolus → āboli
  ['u', ['s', 'a', 'us']], // pienu → piens, kafiju → kafija, alu → alus
  ['i', ['e', 's', 'is']], // maizi → maize, sāli → sāls, šķiņķi → šķiņķis
];

/** A Latvian grocery item in its dictionary form: "pievieno pienu un maizi" lists "piens" and "maize".
 * Only to a word the grocery table holds (groceryWords.ts), so a word it lacks stays as said. */
function latvianObject(item: string): string {
  const known = grocerySet('lv');
  return item
    .split(' ')
    .map((w) => {
      for (const [ending, from] of LV_OBJECT_ENDINGS) {
        if (!w.endsWith(ending) || w.length <= ending.length + 1) continue;
        const stem = w.slice(0, -ending.length);
        const found = from.map((e) => stem + e).find((c) => known.has(c));
        if (found) return found;
      }
      return w;
    })
    .join(' ');
}

/** Malayalam chillu letters: "പാലും" (milk and) is "പാൽ" + "ഉം", the final consonant written in full before the ending. */
const ML_CHILLU: Readonly<Record<string, string>> = { ല: 'ൽ', ര: 'ർ', ന: 'ൻ', ണ: 'ൺ', ള: 'ൾ' };

/** A Malayalam item without its "and" ending: "തക്കാളിയും" → "തക്കാളി", "പാലും" → "പാൽ", "ബ്രെഡും" → "ബ്രെഡ്". */
function malayalamItem(item: string): string {
  if (/[യവ]ും$/u.test(item) && item.length > 4) return item.slice(0, -3);
  if (!item.endsWith('ും') || item.length < 4) return item;
  const stem = item.slice(0, -2);
  const last = stem.slice(-1);
  return ML_CHILLU[last] ? stem.slice(0, -1) + ML_CHILLU[last] : `${stem}്`;
}

/** A Tamil item without its "and" ending: "ரொட்டியும்" → "ரொட்டி", "பாலும்" → "பால்". */
function tamilItem(item: string): string {
  if (/[யவ]ும்$/u.test(item) && item.length > 5) return item.slice(0, -4);
  return item.endsWith('ும்') && item.length > 4 ? `${item.slice(0, -3)}்` : item;
}

/** A Kannada item without its object ending: "ಮೊಟ್ಟೆಯನ್ನು" → "ಮೊಟ್ಟೆ", "ಹಾಲನ್ನು" → "ಹಾಲು", "ಡೈಪರ್ಗಳನ್ನು" → "ಡೈಪರ್ಗಳು". */
function kannadaItem(item: string): string {
  if (/[ಯವ]ನ್ನು$/u.test(item) && item.length > 6) return item.slice(0, -5);
  return item.endsWith('ನ್ನು') && item.length > 5 ? `${item.slice(0, -4)}ು` : item;
}

export const LIST_WORDS: Readonly<Record<string, ListAddWords>> = {
  af: { verbs: 'voeg|sit|skryf', glue: 'by|op|in|my|die|asseblief|kan jy|sal jy|kan u', need: 'ek het|ons het|ek moet|ons moet|nodig|koop', pronouns: 'dit|hulle|hul', and: 'en', list: 'lys', articles: "'n|n|die|'n bietjie|bietjie" },
  // Amharic puts the items first, the list and the verb last ("ወተት እና ዳቦ የገበያ ዝርዝሩ ላይ ጨምርልኝ").
  am: { verbs: 'ጨምር|ጨምሪ|ይጨምሩ|አክል|አክይ|ያክሉ|አስገባ|አስገቢ|ያስገቡ|ጻፍ|ፃፍ|ጻፊ|ፃፊ|ይጻፉ|መዝግብ', glue: 'ላይ|ውስጥ|ወደ|የእኔ|እባክህ|እባክሽ|እባክዎ', and: 'እና|እንዲሁም', list: 'ዝርዝ', nameBefore: true },
  az: { verbs: 'əlavə et|əlavə ed|yaz|qeyd et', glue: 'mənim|və', and: 'və', list: 'siyahı' },
  // "অ্যাড করে দাও" (add it, loanword + do + give): the helper verbs after the verb are glue.
  bn: { verbs: 'যোগ|যুক্ত|লিখে|লিখ|রাখ|অ্যাড|এড', glue: 'এ|তে|আমার|একটু|করে|দাও|দিন|করো|করুন|কর|দে|দিও|রাখো|রাখুন|রেখে|তুলে|প্লিজ|দয়া করে', need: 'কিনতে হবে|লাগবে|শেষ হয়ে গেছে', pronouns: 'এটা|এগুলো|ওটা|ওগুলো', and: 'আর|এবং|ও', list: 'লিস্ট|তালিকা', nameBefore: true },
  ca: { verbs: 'afegeix|afegir|afegeixi|posa|apunta|escriu|anota', glue: 'a|a la|al|en|la|meva|de la compra|si us plau|sisplau', and: 'i', list: 'llista', articles: "una mica de|una|un|uns|unes|el|la|els|les|de|d'" },
  cy: { verbs: 'ychwanega|ychwanegwch|ychwanegu|rho|rhowch|rhoi|ysgrifenna', glue: 'at|y|yr|i|i\\u0027r|fy|ar|plis|os gweli di\\u0027n dda|os gwelwch yn dda', need: 'dw i angen|dwi angen|rydw i angen|rwy angen|mae angen', pronouns: 'nhw|fe|e|o|hi', and: 'a|ac', list: 'rhestr' },
  da: { verbs: 'tilføj|tilføje|sæt|skriv|læg|notér|noter', glue: 'på|til|i|min|mit|vores|lige|tak|venligst', and: 'og', list: 'liste', articles: 'noget|en|et|lidt' },
  el: { verbs: 'πρόσθεσε|προσθεσε|πρόσθεσέ|βάλε|βαλε|γράψε|γραψε|σημείωσε', glue: 'στη|στην|στο|σε|τη|την|μου|με τα|λίστα|για|παρακαλώ|παρακαλω', and: 'και', list: 'λίστα|λιστα', articles: 'το|τα|την|τον|τις|τους|ένα|μια|λίγο|λίγα|λίγες|λίγη' },
  // "… رو اضافه کن به لیست" (add … to the list): "کن" (do) of the verb is glue; "می‌شه" (can you) too.
  fa: { verbs: 'اضافه|بنویس|بذار|بگذار|یادداشت', glue: 'رو|را|به|تو|در|هم|لطفا|لطفاً|من|کن|کنید|کنی|بکن|می‌شه|میشه|می‌شود', need: 'باید بخرم|لازم دارم|تموم شده', pronouns: 'اینو|اونو|اینا|اونا|اینها', and: 'و', list: 'لیست|فهرست', itemsFirst: true },
  fi: { verbs: 'lisää|laita|kirjoita|merkitse|pistä|pane', glue: 'myös|kiitos|mun|minun', and: 'ja', list: 'lista|listal|listaan|listan|listoill' },
  he: { verbs: 'תוסיף|תוסיפי|הוסף|הוסיפי|תרשום|תרשמי|רשום|תכניס|תשים|שים', glue: 'את|בבקשה|שלי|ל', and: 'ו', andPrefix: 'ו', list: 'רשימ', articles: 'את', nameAfter: '[לב]?רשימת' },
  hy: { verbs: 'ավելացր|ավելացն|գրիր|գրեք|դիր|դրեք|գրանցիր|նշիր', glue: 'իմ|խնդրում եմ|կարող ես|կարող եք', need: 'պետք է գնեմ|ինձ պետք է', pronouns: 'դրանք|դա', and: 'ու|եւ|\\u0587', list: 'ցուցակ|ցանկ(?!ան)', nameBefore: true },
  hu: { verbs: 'add hozzá|adj hozzá|írd fel|írd be|írj fel|tedd fel|tegyél fel|vedd fel|rakd fel|tedd|add|adj', glue: 'a|az|hogy|légyszi|kérlek', and: 'és|meg', list: 'list', articles: 'a|az|egy|pár|néhány', object: hungarianObject },
  id: { verbs: 'tambahkan|tambahin|tambah|masukkan|masukin|catat|tulis|taruh', glue: 'ke|ke dalam|dalam|di|pada|ya|dong|tolong', and: 'dan|sama', list: 'daftar', articles: 'sedikit|beberapa|se' },
  is: { verbs: 'bættu|bæta|sett|setja|skrifaðu|skrifa|skráðu', glue: 'við|á|í|minn|mína|geturðu|gætirðu|viltu|vinsamlegast', need: 'ég þarf að kaupa|ég þarf|mig vantar|okkur vantar|það vantar', pronouns: 'það|þau|þetta', and: 'og', list: 'lista' },
  // Stems with their endings: "lebokno", "lebokke", "lebetaken" (krama), "tambahno", "catetke", "tulisen".
  jv: { verbs: 'lebok|lebet|tambah|catet|tulis', glue: 'nang|ning|ing|wonten ing|wonten|menyang|neng|sik|ya|yo|tulung|nyuwun tulung|tolong|mbok', need: 'aku kudu tuku|kudu tuku|aku butuh|wis entek|wes entek|entek', pronouns: 'iku|kuwi|iki', and: 'karo|lan|kalih', list: 'dhaptar|daftar' },
  ka: { verbs: 'ჩაამატე|დაამატე|დამიმატე|ჩამიმატე|ჩაწერე|ჩამიწერე|ჩაიწერე|ჩამინიშნე|ჩასვი|დაწერე', glue: 'ჩემს|ჩემი|გთხოვ', need: 'უნდა ვიყიდო|მჭირდება', pronouns: 'ეს|ესენი|ისინი', and: 'და', list: 'სია', nameBefore: true },
  // Khmer is written without spaces inside phrases: the list is the chunk holding "បញ្ជី" ("ចូលក្នុងបញ្ជីទិញឥវ៉ាន់").
  km: { verbs: 'សូមបន្ថែម|សូមដាក់|កុំភ្លេចបន្ថែម|កុំភ្លេចដាក់|បញ្ចូល|បន្ថែម|ថែម|ដាក់|សរសេរ|កត់', glue: 'ចូលក្នុង|ទៅក្នុង|នៅក្នុង|ចូល|ក្នុង|ទៅ|នៅ|ផង|បន្តិច|សូម|របស់ខ្ញុំ', need: 'ខ្ញុំត្រូវទិញ|ត្រូវទិញ|អស់ហើយ', and: 'និង|ហើយនិង|នឹង|ជាមួយ', list: 'បញ្ជី' },
  // "ಆಡ್ ಮಾಡಿ" (add do): the helper verb after a loanword verb is glue, as in Telugu, Tamil, Malayalam, Bengali, Urdu.
  kn: { verbs: 'ಸೇರಿಸ|ಹಾಕ|ಬರೆ|ಬರಿ|ಆಡ್', glue: 'ಗೆ|ಅಲ್ಲಿ|ನನ್ನ|ದಯವಿಟ್ಟು|ಸ್ವಲ್ಪ|ಮಾಡಿ|ಮಾಡು|ಮಾಡಿಬಿಡಿ|ಮಾಡಿಬಿಡು|ಬಿಡಿ|ಪ್ಲೀಸ್', need: 'ತಗೋಬೇಕು|ಕೊಳ್ಳಬೇಕು|ಖಾಲಿಯಾಗಿದೆ', pronouns: 'ಅದನ್ನು|ಅವನ್ನು|ಇದನ್ನು', and: 'ಮತ್ತು|ಹಾಗೂ|ಜೊತೆಗೆ', list: 'ಲಿಸ್ಟ|ಪಟ್ಟಿ', nameBefore: true, object: kannadaItem },
  lv: { verbs: 'pievieno|ieliec|uzraksti|ieraksti|pieraksti|pieliec', glue: 'uz|pie|manā|manu|lūdzu', need: 'man vajag|man jānopērk|jānopērk', pronouns: 'to|tos|tās', and: 'un', list: 'sarakst', nameBefore: true, object: latvianObject },
  ml: {
    verbs: 'ചേർക്ക|ചേര്‍ക്ക|ചേർത്ത|ഇട്|ഇടൂ|എഴുത|ആഡ്',
    glue: 'ൽ|ഇൽ|എന്റെ|എൻ്റെ|ദയവായി|ഒന്ന്|കൂടി|ചെയ്യ്|ചെയ്യൂ|ചെയ്യുക|ചെയ്തേക്ക്',
    and: 'പിന്നെ|കൂടാതെ|ഒപ്പം',
    andSuffix: 'ും',
    list: 'ലിസ്റ്റ|പട്ടിക',
    nameBefore: true,
    object: malayalamItem,
  },
  mn: { verbs: 'нэм|бич|оруул', glue: 'миний|руу|рүү', and: 'болон|ба|бас', list: 'жагсаалт', nameBefore: true },
  ms: { verbs: 'tambahkan|tambah|masukkan|catat|tulis|letak|letakkan', glue: 'ke|ke dalam|dalam|di|pada|tolong', need: 'saya kena beli|kena beli|saya nak beli|nak beli|saya perlu|dah habis|sudah habis', pronouns: 'itu|ia|tu', and: 'dan|dengan', list: 'senarai|daftar', articles: 'sedikit|beberapa' },
  // Burmese: "ကြက်ဥ နဲ့ ပေါင်မုန့် ဈေးဝယ်စာရင်းထဲ ထည့်ပေး" (eggs and bread into the shopping list, put).
  my: {
    verbs: 'ထပ်ထည့်|ထည့်|ရေးထည့်|ရေး|မှတ်',
    glue: 'ထဲသို့|သို့|ထဲကို|ထဲမှာ|ထဲ|မှာ|တွင်|တို့ကို|တို့|ကို|ပေးပါ|ပေး|ပါ|ကျေးဇူးပြု၍|ကျေးဇူးပြုပြီး|ကျွန်တော့်|ကျွန်မ|ငါ့ရဲ့|ငါ့|ရဲ့',
    need: 'ဝယ်ရမယ်|ဝယ်ဖို့|ကုန်သွားပြီ',
    and: 'နဲ့|နှင့်|ရယ်',
    andGlued: 'နဲ့|နှင့်',
    list: 'စာရင်း',
    // The object ending glued on: "ကားဝန်ဆောင်မှုကို" is the car service.
    object: (item) => item.replace(/(?<=\S{2})ကို$/u, ''),
  },
  nb: { verbs: 'legg til|legg|skriv opp|skriv|sett|før opp|noter', glue: 'på|i|til|min|mitt|vår|takk|vennligst', and: 'og', list: 'list', articles: 'litt|en|et|ei' },
  ro: { verbs: 'adaugă|adauga|pune|scrie|trece|notează|noteaza', glue: 'pe|în|in|la|mea|te rog|și', and: 'și|si', list: 'list', articles: 'niște|niste|un|o|puțin|putin' },
  sl: { verbs: 'doda|zapiši|napiši|vpiši|daj', glue: 'na|v|moj|mojo|prosim|lahko', need: 'moram kupiti|moram kupit|rabim|potrebujem|zmanjkalo je', pronouns: 'to|jih|ga|jo', and: 'in', list: 'seznam', nameBefore: true },
  sq: { verbs: 'shto|shtoji|vendos|shkruaj|fut', glue: 'në|te|tek|time|tim|të|të lutem|ju lutem', need: 'më duhen|më duhet|duhet të blej|më ka mbaruar', pronouns: 'ato|atë|këto', and: 'dhe', list: 'list' },
  sv: { verbs: 'lägg till|lägg in|lägg|skriv upp|skriv in|skriv|sätt upp|sätt|för in|notera', glue: 'på|i|till|min|mitt|vår|tack|är du snäll', and: 'och', list: 'list', articles: 'lite|en|ett|några' },
  ta: { verbs: 'சேர்|போடு|போட்டு|எழுது|எழுதி|ஆட்', glue: 'ல|இல்|என்|கொஞ்சம்|வை|வைங்க|வச்சுடு|பண்ணு|பண்ணுங்க|பண்ணிடு|பண்ணிடுங்க|ப்ளீஸ்', need: 'வாங்கணும்|வாங்க வேண்டும்', pronouns: 'அதை|அவற்றை|இதை', and: 'மற்றும்|அப்புறம்', andSuffix: 'ும்', list: 'லிஸ்ட|பட்டியல', nameBefore: true, object: tamilItem },
  // Stems with their endings: "చేర్చండి", "రాసుకో", "పెట్టండి".
  te: { verbs: 'యాడ్|చేర్చ|జోడించ|రాయ|రాయి|రాసు|రాసి|పెట్ట', glue: 'లో|కి|నా|కొంచెం|చెయ్యి|చేయి|చేయండి|చేయ్|చెయ్|చేసి|దయచేసి|ప్లీజ్', need: 'కొనాలి|అయిపోయింది', pronouns: 'అది|వాటిని|దాన్ని', and: 'ఇంకా|మరియు', list: 'లిస్ట|జాబితా', nameBefore: true },
  // Thai is written without spaces: skills/listItemsOnly.ts spaces the verb, the "and" words and
  // the glue before the list out first (only Thai: Burmese particles follow the verb, "ထည့်လိုက်ပါ") ("เพิ่มไข่กับนมในรายการซื้อของ" → "เพิ่ม ไข่ กับ นม ใน รายการซื้อของ").
  th: { verbs: 'เพิ่ม|ใส่|จด|เขียน', glue: 'เข้าไปใน|ลงไปใน|ไปยัง|ไปที่|ไปใน|ไว้ใน|ลงใน|เข้า|สู่|ใน|ลง|ไว้|ให้หน่อย|หน่อย|ด้วย|ของฉัน|ของผม|กรุณา|ช่วย|ครับ|ค่ะ|นะ|ที|ด้วยค่ะ|ด้วยครับ', need: 'ต้องซื้อ|หมดแล้ว', and: 'และ|กับ|แล้วก็', list: 'รายการ|ลิสต์' },
  // Taglish verbs with "i-"/"paki-" (please): "i-add", "paki-note", "pakilagay"; clean() writes the hyphen as a space.
  tl: { verbs: 'idagdag|magdagdag|isama|ilagay|isulat|ilista|pakidagdag|pakilagay|pakisulat|pakisama|pakilista|i-add|paki-add|pa-add|i-note|paki-note|i add|paki add|pa add|i note|paki note', glue: 'sa|ang|yung|iyong|yong|ng|aking|ko|mo|pakiusap|po|mangyaring|nga|naman|please', need: 'ubos na ang|ubos na|wala na ang|wala nang|kailangan ko ng|kailangan ko', pronouns: 'ito|iyan|yan|iyon|yun', and: 'at', list: 'listahan|list' },
  // Urdu puts the list's name before the list word ("شاپنگ لسٹ میں") and the verb last.
  // "ایڈ کرو", "شامل کر دیں", "ڈال دو": the helper verbs after the verb are glue.
  ur: { verbs: 'شامل|ڈال|لکھ|ڈالو|لکھو|ایڈ', glue: 'کی|کا|کے|میں|کو|میری|پر|بھی|کر|کرو|کریں|کردو|کردیں|دو|دیں|دے|دیجیے|دیجئے|پلیز|براہ کرم', need: 'مجھے|خریدنا ہے|لینا ہے|چاہیے|ختم ہو گیا ہے|ختم ہو گیا', pronouns: 'یہ|وہ|اسے|انہیں', and: 'اور', list: 'فہرست|لسٹ', nameBefore: true },
  vi: { verbs: 'thêm|ghi|đưa', glue: 'vào|trong|lên|giúp|giùm|tôi|của tôi|nhé|nha|với', and: 'và|với', list: 'danh sách', articles: 'một ít|ít|một chút|thêm' },
};

/** `lang`'s words for adding to a list when it has no pack, or undefined. */
export function listWordsOnly(lang: string): ListAddWords | undefined {
  return Object.hasOwn(LIST_WORDS, lang) ? LIST_WORDS[lang] : undefined;
}

/** The languages with list words here (for tests). */
export const LIST_WORD_LANGS: readonly string[] = Object.keys(LIST_WORDS);
