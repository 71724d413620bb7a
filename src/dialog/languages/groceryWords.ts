/**
 * Single-word grocery items for MASSIVE's languages that have no pack yet. A recognizer writes
 * no commas, so "lägg till mjölk ägg och kaffe" reaches the list as "mjölk ägg" and "kaffe": with
 * "and" said once, the words before it are one run. A run is split into one item per word only
 * when every word in it is here, so a word here must be a whole item on its own, and never an
 * adjective or the first half of a two-word item that could be split wrongly ("trà sữa", milk
 * tea, is one item: "trà" is left out; "telur ayam", hen's eggs: "ayam" is left out).
 *
 * Lower case, as said in a list: the plain form, and where a language inflects, the plural and
 * the object form people dictate ("maitoa", "tejet", "pienu", Welsh "fara" after a verb).
 * Vietnamese keeps only one-syllable items ("cà phê" is two words); Khmer and Burmese words are
 * as written alone. A word left out only leaves its run as one item, as before.
 */
const GROCERIES: Readonly<Record<string, readonly string[]>> = {
  af: [
    'melk', 'eiers', 'brood', 'botter', 'kaas', 'koffie', 'tee', 'suiker', 'sout', 'rys', 'meel', 'water', 'sap', 'appels', 'piesangs', 'lemoene',
    'tamaties', 'aartappels', 'uie', 'knoffel', 'wortels', 'hoender', 'vleis', 'vis', 'jogurt', 'pasta', 'bier', 'wyn', 'olie', 'seep', 'tandepasta',
    'pere', 'druiwe', 'perskes', 'suurlemoene', 'aarbeie', 'spinasie', 'kool', 'komkommers', 'ertjies', 'mielies', 'pampoen', 'sampioene',
    'beesvleis', 'wors', 'spek', 'ham', 'room', 'heuning', 'konfyt', 'grondboontjiebotter', 'mieliemeel', 'hawermout', 'koekies', 'beskuit', 'koek',
    'koeldrank', 'olyfolie', 'toiletpapier', 'wasmiddel', 'sjampoe', 'luiers', 'batterye', 'servette', 'hondekos', 'katkos',
  ],
  am: [
    'ወተት', 'እንቁላል', 'ዳቦ', 'ቅቤ', 'አይብ', 'ቡና', 'ሻይ', 'ስኳር', 'ጨው', 'ሩዝ', 'ዱቄት', 'ውሃ', 'ውኃ', 'ጭማቂ', 'ፖም', 'ሙዝ', 'ብርቱካን', 'ቲማቲም', 'ድንች',
    'ሽንኩርት', 'ካሮት', 'ዶሮ', 'ስጋ', 'ሥጋ', 'አሳ', 'ዓሳ', 'ዓሣ', 'እርጎ', 'ፓስታ', 'ማካሮኒ', 'ቢራ', 'ወይን', 'ዘይት', 'ሳሙና',
    'ሎሚ', 'እንጆሪ', 'ማንጎ', 'አቮካዶ', 'ፓፓያ', 'ዱባ', 'ጎመን', 'ቃሪያ', 'ቆስጣ', 'ምስር', 'ሽምብራ', 'ባቄላ', 'አተር', 'ጤፍ', 'እንጀራ', 'በርበሬ', 'ሚጥሚጣ', 'ዝንጅብል', 'ማር', 'ብስኩት',
    'ቸኮሌት', 'ኮምጣጤ', 'ሻምፑ', 'ዳይፐር', 'ሶፍት', 'ባትሪ', 'ሻማ', 'ክብሪት',
  ],
  // "əti" (the meat) is left out: "toyuq əti" is chicken meat.
  az: [
    'süd', 'südü', 'yumurta', 'çörək', 'çörəyi', 'yağ', 'pendir', 'pendiri', 'qəhvə', 'kofe', 'çay', 'çayı', 'şəkər', 'şəkəri', 'duz', 'duzu', 'düyü',
    'düyünü', 'un', 'unu', 'su', 'şirə', 'alma', 'almalar', 'banan', 'bananlar', 'portağal', 'portağallar', 'pomidor', 'pomidorlar', 'kartof', 'soğan',
    'sarımsaq', 'kök', 'toyuq', 'ət', 'balıq', 'qatıq', 'makaron', 'pivə', 'şərab', 'çaxır', 'sabun',
    'armud', 'armudlar', 'limon', 'üzüm', 'çiyələk', 'xiyar', 'bibər', 'kələm', 'göbələk', 'noxud', 'lobya', 'xama', 'kəsmik', 'kolbasa', 'sosiska',
    'bal', 'mürəbbə', 'peçenye', 'şampun', 'batareya', 'salfet', 'salfetlər', 'almanı', 'armudu', 'bananı', 'pomidoru', 'kartofu', 'soğanı', 'balığı',
    'toyuğu', 'qatığı', 'yumurtanı',
  ],
  // "জুস" is left out: "আপেল জুস" is apple juice; "মরিচ", "লঙ্কা" ("মরিচ গুঁড়া", chili powder).
  bn: [
    'দুধ', 'ডিম', 'পাউরুটি', 'রুটি', 'মাখন', 'পনির', 'চিজ', 'কফি', 'চা', 'চিনি', 'লবণ', 'নুন', 'চাল', 'ডাল', 'আটা', 'ময়দা', 'পানি', 'জল', 'আপেল', 'কলা',
    'কমলা', 'টমেটো', 'আলু', 'পেঁয়াজ', 'রসুন', 'গাজর', 'মুরগি', 'মাংস', 'মাছ', 'দই', 'পাস্তা', 'বিয়ার', 'ওয়াইন', 'তেল', 'সাবান', 'টুথপেস্ট',
    'নাশপাতি', 'আঙুর', 'লেবু', 'আম', 'তরমুজ', 'পেঁপে', 'শসা', 'বেগুন', 'বাঁধাকপি', 'ফুলকপি', 'শাক', 'আদা', 'চিংড়ি', 'ঘি', 'ক্রিম',
    'মধু', 'জ্যাম', 'বিস্কুট', 'চকলেট', 'কেক', 'ভিনেগার', 'নুডলস', 'শ্যাম্পু', 'ডিটারজেন্ট', 'ডায়াপার', 'টিস্যু', 'ব্যাটারি', 'সুজি', 'চিঁড়া',
    'মুড়ি',
  ],
  ca: [
    'llet', 'ous', 'pa', 'mantega', 'formatge', 'cafè', 'te', 'sucre', 'sal', 'arròs', 'farina', 'aigua', 'suc', 'pomes', 'plàtans', 'taronges',
    'tomàquets', 'patates', 'ceba', 'cebes', 'all', 'alls', 'pastanagues', 'pollastre', 'carn', 'peix', 'iogurt', 'iogurts', 'pasta', 'macarrons',
    'cervesa', 'vi', 'oli', 'sabó',
  ],
  // Welsh softens an object after a verb: "ychwanega fara", "gwna goffi". Left out: "cig" ("cig eidion"), "sudd" ("sudd oren").
  cy: [
    'llaeth', 'llefrith', 'wyau', 'bara', 'menyn', 'caws', 'coffi', 'te', 'siwgr', 'halen', 'reis', 'blawd', 'dŵr', 'afalau', 'bananas',
    'orennau', 'tomatos', 'tomatau', 'tatws', 'winwns', 'nionod', 'garlleg', 'moron', 'pysgod', 'iogwrt', 'pasta', 'cwrw', 'gwin', 'olew',
    'sebon', 'laeth', 'fara', 'fenyn', 'gaws', 'goffi', 'flawd', 'ddŵr', 'datws', 'foron', 'gig', 'bysgod', 'gwrw',
    'gellyg', 'ellyg', 'lemonau', 'grawnwin', 'rawnwin', 'mefus', 'fefus', 'ciwcymbr', 'letys', 'bresych', 'fresych', 'madarch', 'fadarch', 'pys',
    'selsig', 'ham', 'bacwn', 'mêl', 'fêl', 'jam', 'bisgedi', 'fisgedi', 'creision', 'greision', 'grawnfwyd', 'burum', 'siampŵ', 'clytiau',
    'glytiau', 'cewynnau', 'gewynnau', 'batris', 'fatris', 'lefrith', 'thatws',
  ],
  da: [
    'mælk', 'æg', 'brød', 'smør', 'ost', 'kaffe', 'te', 'sukker', 'salt', 'ris', 'mel', 'vand', 'juice', 'æbler', 'bananer', 'appelsiner', 'tomater',
    'kartofler', 'løg', 'hvidløg', 'gulerødder', 'kylling', 'kød', 'fisk', 'yoghurt', 'pasta', 'øl', 'vin', 'olie', 'sæbe', 'tandpasta',
  ],
  el: [
    'γάλα', 'αυγά', 'ψωμί', 'βούτυρο', 'τυρί', 'καφές', 'καφέ', 'τσάι', 'ζάχαρη', 'αλάτι', 'ρύζι', 'αλεύρι', 'νερό', 'νερά', 'χυμός', 'χυμό', 'μήλα',
    'μπανάνες', 'πορτοκάλια', 'ντομάτες', 'τομάτες', 'πατάτες', 'κρεμμύδια', 'σκόρδο', 'καρότα', 'κοτόπουλο', 'κρέας', 'ψάρι', 'ψάρια', 'γιαούρτι',
    'γιαούρτια', 'μακαρόνια', 'ζυμαρικά', 'μπίρα', 'μπύρα', 'μπίρες', 'κρασί', 'λάδι', 'σαπούνι', 'οδοντόκρεμα',
  ],
  // "آب" (water) is left out: "آب پرتقال" is orange juice; so are "کلم" ("کلم پیچ"), "لیمو" ("لیمو ترش"), "رب" ("رب گوجه"),
  // "نخود" ("نخود فرنگی"), "خیار" ("خیار شور"), "لوبیا" ("لوبیا سبز"). Words written with a half space (ZWNJ) keep it.
  fa: [
    'شیر', 'تخم\u200cمرغ', 'نان', 'کره', 'پنیر', 'قهوه', 'چای', 'شکر', 'قند', 'نمک', 'برنج', 'آرد', 'آبمیوه', 'آب\u200cمیوه', 'سیب', 'موز', 'پرتقال',
    'گوجه', 'گوجه\u200cفرنگی', 'سیب\u200cزمینی', 'پیاز', 'سیر', 'هویج', 'مرغ', 'گوشت', 'ماهی', 'ماست', 'ماکارونی', 'پاستا', 'آبجو', 'شراب', 'روغن',
    'صابون',
    'گلابی', 'انگور', 'توت\u200cفرنگی', 'هندوانه', 'کاهو', 'بادمجان', 'قارچ', 'عدس', 'خامه', 'کشک', 'دوغ',
    'سوسیس', 'کالباس', 'عسل', 'مربا', 'بیسکویت', 'کیک', 'شکلات', 'سرکه', 'نوشابه', 'شامپو', 'پوشک', 'باتری', 'میگو', 'زعفران', 'کشمش',
  ],
  fi: [
    'maito', 'maitoa', 'munat', 'munia', 'kananmunat', 'kananmunia', 'leipä', 'leipää', 'voi', 'voita', 'juusto', 'juustoa', 'kahvi', 'kahvia', 'tee',
    'teetä', 'sokeri', 'sokeria', 'suola', 'suolaa', 'riisi', 'riisiä', 'jauhot', 'jauhoja', 'vesi', 'vettä', 'mehu', 'mehua', 'omenat', 'omenoita',
    'banaanit', 'banaaneja', 'appelsiinit', 'appelsiineja', 'tomaatit', 'tomaatteja', 'perunat', 'perunoita', 'sipuli', 'sipulit', 'sipulia',
    'valkosipuli', 'valkosipulia', 'porkkanat', 'porkkanoita', 'kana', 'kanaa', 'liha', 'lihaa', 'kala', 'kalaa', 'jogurtti', 'jogurttia', 'pasta',
    'pastaa', 'olut', 'olutta', 'viini', 'viiniä', 'öljy', 'öljyä', 'saippua', 'saippuaa', 'hammastahna', 'hammastahnaa',
  ],
  // "מיץ" (juice) is left out: "מיץ תפוזים" is orange juice.
  he: [
    'חלב', 'ביצים', 'לחם', 'חמאה', 'גבינה', 'קפה', 'תה', 'סוכר', 'מלח', 'אורז', 'קמח', 'מים', 'תפוחים', 'בננות', 'תפוזים', 'עגבניות', 'בצל', 'שום',
    'גזר', 'עוף', 'בשר', 'דג', 'דגים', 'יוגורט', 'פסטה', 'בירה', 'יין', 'שמן', 'סבון',
  ],
  hu: [
    'tej', 'tejet', 'tojás', 'tojást', 'kenyér', 'kenyeret', 'vaj', 'vajat', 'sajt', 'sajtot', 'kávé', 'kávét', 'tea', 'teát', 'cukor', 'cukrot', 'só',
    'sót', 'rizs', 'rizst', 'liszt', 'lisztet', 'víz', 'vizet', 'gyümölcslé', 'alma', 'almát', 'banán', 'banánt', 'narancs', 'narancsot', 'paradicsom',
    'paradicsomot', 'krumpli', 'krumplit', 'burgonya', 'burgonyát', 'hagyma', 'hagymát', 'fokhagyma', 'fokhagymát', 'répa', 'répát', 'sárgarépa',
    'sárgarépát', 'csirke', 'csirkét', 'hús', 'húst', 'hal', 'halat', 'joghurt', 'joghurtot', 'tészta', 'tésztát', 'sör', 'sört', 'bor', 'bort', 'olaj',
    'olajat', 'szappan', 'szappant', 'fogkrém', 'fogkrémet',
  ],
  hy: [
    'կաթ', 'ձու', 'ձվեր', 'հաց', 'կարագ', 'պանիր', 'սուրճ', 'թեյ', 'շաքար', 'աղ', 'բրինձ', 'ալյուր', 'ջուր', 'հյութ', 'խնձոր', 'խնձորներ', 'բանան',
    'բանաններ', 'նարինջ', 'նարինջներ', 'լոլիկ', 'կարտոֆիլ', 'սոխ', 'սխտոր', 'գազար', 'հավ', 'միս', 'ձուկ', 'մածուն', 'մակարոն', 'մակարոններ',
    'գարեջուր', 'գինի', 'ձեթ', 'օճառ',
    'տանձ', 'տանձեր', 'կիտրոն', 'խաղող', 'ելակ', 'ձմերուկ', 'վարունգ', 'կաղամբ', 'պղպեղ', 'սունկ', 'լոբի', 'սիսեռ', 'թթվասեր', 'կաթնաշոռ', 'երշիկ',
    'նրբերշիկ', 'խոզապուխտ', 'մեղր', 'մուրաբա', 'ջեմ', 'թխվածքաբլիթ', 'շոկոլադ', 'քացախ', 'լավաշ', 'հնդկաձավար', 'շամպուն', 'մարտկոց', 'մարտկոցներ',
    'անձեռոցիկ', 'կետչուպ', 'թան',
  ],
  // Left out: "ayam" ("telur ayam", hen's eggs), "jus" ("jus jeruk"), "air" ("air jeruk"), "tepung" ("tepung beras").
  id: [
    'susu', 'telur', 'roti', 'mentega', 'keju', 'kopi', 'teh', 'gula', 'garam', 'beras', 'apel', 'pisang', 'jeruk', 'tomat', 'kentang', 'wortel',
    'daging', 'ikan', 'yogurt', 'pasta', 'mi', 'mie', 'bir', 'anggur', 'minyak', 'sabun', 'odol',
  ],
  is: [
    'mjólk', 'egg', 'brauð', 'smjör', 'ostur', 'ost', 'kaffi', 'te', 'sykur', 'salt', 'hrísgrjón', 'hveiti', 'vatn', 'safi', 'safa', 'epli', 'bananar',
    'banana', 'appelsínur', 'tómatar', 'tómata', 'kartöflur', 'laukur', 'lauk', 'hvítlaukur', 'hvítlauk', 'gulrætur', 'kjúklingur', 'kjúkling', 'kjöt',
    'fiskur', 'fisk', 'jógúrt', 'pasta', 'bjór', 'vín', 'olía', 'olíu', 'sápa', 'sápu', 'tannkrem',
    'perur', 'perum', 'sítrónur', 'vínber', 'jarðarber', 'gúrka', 'gúrku', 'agúrka', 'agúrku', 'paprika', 'papriku', 'spínat', 'sveppir', 'sveppi',
    'rjómi', 'rjóma', 'skyr', 'nautakjöt', 'hakk', 'skinka', 'skinku', 'beikon', 'lax', 'pylsur', 'hunang', 'sulta', 'sultu', 'morgunkorn',
    'haframjöl', 'kex', 'ger', 'núðlur', 'klósettpappír', 'eldhúspappír', 'sjampó', 'bleyjur', 'kattamat', 'kattamatur', 'hundamat', 'hundamatur',
    'rafhlöður', 'gos',
  ],
  // Left out as for Indonesian: "pitik" ("endhog pitik"), "banyu", "glepung"; "lombok", "cabe" ("cabe rawit").
  jv: [
    'susu', 'endhog', 'endog', 'roti', 'mentega', 'keju', 'kopi', 'teh', 'gula', 'uyah', 'beras', 'apel', 'gedhang', 'jeruk', 'tomat', 'kentang',
    'brambang', 'bawang', 'wortel', 'daging', 'iwak', 'bir', 'lenga', 'sabun', 'odol',
    'pir', 'anggur', 'semangka', 'pelem', 'nanas', 'timun', 'kubis', 'kol', 'bayem', 'jahe', 'tempe', 'tahu', 'urang', 'cumi',
    'teri', 'sarden', 'sosis', 'madu', 'kecap', 'cuka', 'mie', 'mi', 'bihun', 'krupuk', 'sampo', 'deterjen', 'popok', 'tisu', 'baterai', 'yogurt',
  ],
  ka: [
    'რძე', 'კვერცხი', 'კვერცხები', 'პური', 'კარაქი', 'ყველი', 'ყავა', 'ჩაი', 'შაქარი', 'მარილი', 'ბრინჯი', 'ფქვილი', 'წყალი', 'წვენი', 'ვაშლი',
    'ვაშლები', 'ბანანი', 'ბანანები', 'ფორთოხალი', 'პომიდორი', 'პომიდორები', 'კარტოფილი', 'ხახვი', 'ნიორი', 'სტაფილო', 'ქათამი', 'ხორცი', 'თევზი',
    'იოგურტი', 'მაწონი', 'მაკარონი', 'ლუდი', 'ღვინო', 'ზეთი', 'საპონი',
    'მსხალი', 'მსხლები', 'ლიმონი', 'ყურძენი', 'მარწყვი', 'საზამთრო', 'კიტრი', 'კიტრები', 'კომბოსტო', 'წიწაკა', 'სოკო', 'ლობიო', 'არაჟანი', 'ნაღები',
    'ხაჭო', 'ძეხვი', 'სოსისი', 'ლორი', 'თაფლი', 'მურაბა', 'ჯემი', 'ნამცხვარი', 'ორცხობილა', 'შოკოლადი', 'ძმარი', 'ლავაში', 'წიწიბურა', 'შამპუნი',
    'საფენი', 'საფენები', 'ბატარეა', 'ბატარეები', 'ხელსახოცი', 'კეტჩუპი', 'მაიონეზი', 'ბადრიჯანი', 'ისპანახი',
  ],
  // Left out: "ទឹក" (water begins milk and juice), "តែ" (tea, also "only"), "ស្រា" (begins beer), "ម្សៅ" ("ម្សៅ អង្ករ", rice flour), "ស្វាយ" (mango, also purple).
  km: [
    'ទឹកដោះគោ', 'ពងមាន់', 'ស៊ុត', 'នំបុ័ង', 'នំប៉័ង', 'ប៊ឺ', 'ឈីស', 'កាហ្វេ', 'ស្លឹកតែ', 'ស្ករ', 'អំបិល', 'អង្ករ', 'ទឹកសុទ្ធ', 'ទឹកផ្លែឈើ', 'ទឹកក្រូច',
    'ផ្លែប៉ោម', 'ប៉ោម', 'ចេក', 'ក្រូច', 'ប៉េងប៉ោះ', 'ដំឡូងបារាំង', 'ខ្ទឹមបារាំង', 'ខ្ទឹមស', 'ការ៉ុត', 'សាច់មាន់', 'សាច់', 'ត្រី', 'យ៉ាអួ', 'មី', 'ស្រាបៀរ',
    'ស្រាទំពាំងបាយជូរ', 'ប្រេងឆា', 'សាប៊ូ', 'ថ្នាំដុសធ្មេញ',
    'មីកញ្ចប់', 'ទំពាំងបាយជូរ', 'ក្រូចឆ្មារ', 'ឪឡឹក', 'ត្រសក់', 'ម្នាស់', 'ស្ពៃក្តោប', 'ស្ពៃក្ដោប', 'ម្ទេស', 'ខ្ញី', 'ផ្សិត', 'ទឹកឃ្មុំ',
    'សូកូឡា', 'បង្គា', 'សាច់គោ', 'សាច់ជ្រូក', 'ទឹកត្រី', 'ប្រហុក', 'តៅហ៊ូ', 'ទឹកស៊ីអ៊ីវ', 'ក្រដាសអនាម័យ', 'សាប៊ូកក់សក់', 'ម្សៅសាប៊ូ',
  ],
  // Left out: "ಹಿಟ್ಟು" ("ಅಕ್ಕಿ ಹಿಟ್ಟು", rice flour), "ಕೋಳಿ" ("ಕೋಳಿ ಮೊಟ್ಟೆ", hen's eggs), "ಕಿತ್ತಳೆ" (also the colour),
  // "ಶುಂಠಿ" (ginger-garlic paste), "ಮೆಣಸು" ("ಮೆಣಸು ಪುಡಿ"), "ಸಾಸಿವೆ" ("ಸಾಸಿವೆ ಎಣ್ಣೆ", mustard oil).
  kn: [
    'ಹಾಲು', 'ಹಾಲನ್ನು', 'ಮೊಟ್ಟೆ', 'ಮೊಟ್ಟೆಗಳು', 'ಮೊಟ್ಟೆಗಳನ್ನು', 'ಬ್ರೆಡ್', 'ಬೆಣ್ಣೆ', 'ಚೀಸ್', 'ಕಾಫಿ', 'ಟೀ', 'ಚಹಾ', 'ಸಕ್ಕರೆ', 'ಸಕ್ಕರೆಯನ್ನು', 'ಉಪ್ಪು', 'ಉಪ್ಪನ್ನು',
    'ಅಕ್ಕಿ', 'ಅಕ್ಕಿಯನ್ನು', 'ನೀರು', 'ನೀರನ್ನು', 'ಜ್ಯೂಸ್', 'ಸೇಬು', 'ಬಾಳೆಹಣ್ಣು', 'ಟೊಮೆಟೊ', 'ಟೊಮೇಟೊ', 'ಆಲೂಗಡ್ಡೆ', 'ಈರುಳ್ಳಿ', 'ಬೆಳ್ಳುಳ್ಳಿ', 'ಕ್ಯಾರೆಟ್',
    'ಚಿಕನ್', 'ಮಾಂಸ', 'ಮೀನು', 'ಮೊಸರು', 'ಪಾಸ್ತಾ', 'ಬಿಯರ್', 'ವೈನ್', 'ಎಣ್ಣೆ', 'ಸೋಪು', 'ಸಾಬೂನು',
    'ಟೂತ್\u200cಪೇಸ್ಟ್', 'ಬ್ಯಾಟರಿ', 'ದ್ರಾಕ್ಷಿ', 'ನಿಂಬೆಹಣ್ಣು', 'ಮಾವಿನಹಣ್ಣು', 'ಕಲ್ಲಂಗಡಿ', 'ಸೌತೆಕಾಯಿ', 'ಬದನೆಕಾಯಿ', 'ಎಲೆಕೋಸು', 'ಮೆಣಸಿನಕಾಯಿ',
    'ಸೊಪ್ಪು', 'ಬೇಳೆ', 'ತೊಗರಿಬೇಳೆ', 'ತುಪ್ಪ', 'ಕ್ರೀಮ್', 'ಜೇನುತುಪ್ಪ', 'ಜಾಮ್', 'ಬಿಸ್ಕತ್', 'ಬಿಸ್ಕೆಟ್', 'ಚಾಕೊಲೇಟ್', 'ಕೇಕ್', 'ಸೀಗಡಿ', 'ಮಟನ್', 'ರವೆ',
    'ಹುಣಸೆಹಣ್ಣು', 'ಶಾಂಪೂ', 'ಡೈಪರ್', 'ನೂಡಲ್ಸ್', 'ಜೀರಿಗೆ',
  ],
  // Latvian objects take the accusative: "pievieno pienu". "pasta" is post, not pasta, so "makaroni".
  lv: [
    'piens', 'pienu', 'olas', 'maize', 'maizi', 'sviests', 'sviestu', 'siers', 'sieru', 'kafija', 'kafiju', 'tēja', 'tēju', 'cukurs', 'cukuru', 'sāls',
    'sāli', 'rīsi', 'rīsus', 'milti', 'miltus', 'ūdens', 'ūdeni', 'sula', 'sulu', 'āboli', 'ābolus', 'banāni', 'banānus', 'apelsīni', 'apelsīnus',
    'tomāti', 'tomātus', 'kartupeļi', 'kartupeļus', 'sīpoli', 'sīpolus', 'ķiploki', 'ķiplokus', 'burkāni', 'burkānus', 'vista', 'gaļa', 'gaļu', 'zivs',
    'zivi', 'zivis', 'jogurts', 'jogurtu', 'makaroni', 'makaronus', 'alus', 'alu', 'vīns', 'vīnu', 'eļļa', 'eļļu', 'ziepes',
    'bumbieri', 'bumbierus', 'citroni', 'citronus', 'vīnogas', 'zemenes', 'gurķi', 'gurķus', 'kāposti', 'kāpostus', 'paprika', 'papriku', 'sēnes',
    'krējums', 'krējumu', 'biezpiens', 'biezpienu', 'kefīrs', 'kefīru', 'desa', 'desu', 'cīsiņi', 'cīsiņus', 'šķiņķis', 'šķiņķi', 'bekons', 'bekonu',
    'medus', 'ievārījums', 'ievārījumu', 'cepumi', 'cepumus', 'raugs', 'raugu', 'šampūns', 'šampūnu', 'autiņbiksītes', 'baterijas', 'salvetes',
  ],
  // "ജ്യൂസ്" is left out: "ഓറഞ്ച് ജ്യൂസ്", "ആപ്പിൾ ജ്യൂസ്"; so are "ഇഞ്ചി" (ginger-garlic paste), "കടുക്", "കുരുമുളക്" ("... പൊടി").
  ml: [
    'പാൽ', 'മുട്ട', 'ബ്രെഡ്', 'വെണ്ണ', 'ചീസ്', 'കാപ്പി', 'കോഫി', 'ചായ', 'പഞ്ചസാര', 'ഉപ്പ്', 'അരി', 'ആട്ട', 'മൈദ', 'വെള്ളം', 'ആപ്പിൾ', 'പഴം', 'ഓറഞ്ച്',
    'തക്കാളി', 'ഉരുളക്കിഴങ്ങ്', 'സവാള', 'ഉള്ളി', 'വെളുത്തുള്ളി', 'കാരറ്റ്', 'ക്യാരറ്റ്', 'ചിക്കൻ', 'കോഴിയിറച്ചി', 'ഇറച്ചി', 'മീൻ', 'മത്സ്യം', 'തൈര്',
    'പാസ്ത', 'ബിയർ', 'വൈൻ', 'എണ്ണ', 'വെളിച്ചെണ്ണ', 'സോപ്പ്',
    'മുന്തിരി', 'നാരങ്ങ', 'മാങ്ങ', 'തണ്ണിമത്തൻ', 'വെള്ളരിക്ക', 'വഴുതനങ്ങ', 'കാബേജ്', 'പച്ചമുളക്', 'ചീര', 'പരിപ്പ്', 'പയർ', 'നെയ്യ്', 'ക്രീം',
    'തേൻ', 'ജാം', 'ബിസ്കറ്റ്', 'ചോക്ലേറ്റ്', 'കേക്ക്', 'ചെമ്മീൻ', 'മട്ടൻ', 'ബീഫ്', 'റവ', 'പുളി', 'ജീരകം', 'ഷാംപൂ', 'ഡയപ്പർ',
    'ബാറ്ററി', 'നൂഡിൽസ്', 'ടൂത്ത്പേസ്റ്റ്',
  ],
  mn: [
    'сүү', 'өндөг', 'талх', 'бяслаг', 'кофе', 'цай', 'давс', 'будаа', 'гурил', 'ус', 'жүүс', 'алим', 'банана', 'жүрж', 'төмс', 'сонгино', 'сармис',
    'лууван', 'тахиа', 'мах', 'загас', 'тараг', 'гоймон', 'дарс', 'вино', 'тос', 'саван',
    'лийр', 'лимон', 'гүзээлзгэнэ', 'тарвас', 'байцаа', 'чинжүү', 'мөөг', 'вандуй', 'шош', 'цөцгий', 'ааруул', 'хиам', 'сосик', 'боов', 'жигнэмэг',
    'шоколад', 'чихэр', 'цуу', 'кетчуп', 'майонез', 'шампунь', 'живх', 'батарей', 'салфетка', 'айраг', 'бууз',
  ],
  // Left out: "ayam" ("telur ayam"), "jus" ("jus epal"), "air" ("air oren"), "tepung" ("tepung beras"), "cili" ("cili padi"),
  // "daging" ("daging lembu"), "ikan" ("ikan bilis").
  ms: [
    'susu', 'telur', 'roti', 'mentega', 'keju', 'kopi', 'teh', 'gula', 'garam', 'beras', 'epal', 'pisang', 'oren', 'tomato', 'kentang',
    'yogurt', 'pasta', 'mi', 'mee', 'bir', 'wain', 'minyak', 'sabun',
    'pir', 'anggur', 'lemon', 'tembikai', 'betik', 'nanas', 'mangga', 'timun', 'kobis', 'bayam', 'cendawan', 'halia', 'udang', 'sotong',
    'ketam', 'sardin', 'sosej', 'krim', 'madu', 'jem', 'biskut', 'bijirin', 'kicap', 'cuka', 'tauhu', 'tempe', 'tisu', 'syampu', 'detergen', 'lampin',
    'bateri',
  ],
  my: [
    'နို့', 'နွားနို့', 'ကြက်ဥ', 'ပေါင်မုန့်', 'ထောပတ်', 'ဒိန်ခဲ', 'ကော်ဖီ', 'လက်ဖက်ခြောက်', 'သကြား', 'ဆား', 'ဆန်', 'ဂျုံမှုန့်', 'ရေ', 'ဖျော်ရည်', 'ပန်းသီး',
    'ငှက်ပျောသီး', 'လိမ္မော်သီး', 'ခရမ်းချဉ်သီး', 'အာလူး', 'ကြက်သွန်နီ', 'ကြက်သွန်ဖြူ', 'မုန်လာဥနီ', 'ကြက်သား', 'အသား', 'ငါး', 'ဒိန်ချဉ်', 'ခေါက်ဆွဲ',
    'ဘီယာ', 'ဝိုင်', 'ဆီ', 'ဆပ်ပြာ', 'သွားတိုက်ဆေး',
    'ချိစ်', 'တစ်ရှူး', 'ပန်းကန်ဆေးရည်', 'သစ်တော်သီး', 'စပျစ်သီး', 'သံပုရာသီး', 'သရက်သီး', 'ဖရဲသီး', 'သခွားသီး', 'နာနတ်သီး', 'ဂေါ်ဖီထုပ်', 'ငရုတ်သီး',
    'မှို', 'ပျားရည်', 'ဘီစကွတ်', 'ချောကလက်', 'ကိတ်မုန့်', 'ပုစွန်', 'အမဲသား', 'ဝက်သား', 'ငံပြာရည်', 'ရှာလကာရည်', 'ခေါင်းလျှော်ရည်', 'ဆပ်ပြာမှုန့်',
    'ဓာတ်ခဲ', 'တိုဟူး', 'ငါးပိ', 'ဝက်အူချောင်း',
  ],
  nb: [
    'melk', 'egg', 'brød', 'smør', 'ost', 'kaffe', 'te', 'sukker', 'salt', 'ris', 'mel', 'vann', 'juice', 'epler', 'bananer', 'appelsiner', 'tomater',
    'poteter', 'løk', 'hvitløk', 'gulrøtter', 'kylling', 'kjøtt', 'fisk', 'yoghurt', 'pasta', 'øl', 'vin', 'olje', 'såpe', 'tannkrem',
  ],
  // "roșii" (tomatoes) is also "red": "mere roșii" is red apples, so "tomate". Written without diacritics too.
  ro: [
    'lapte', 'ouă', 'oua', 'pâine', 'paine', 'unt', 'brânză', 'branza', 'cafea', 'ceai', 'zahăr', 'zahar', 'sare', 'orez', 'făină', 'faina', 'apă', 'apa',
    'suc', 'mere', 'banane', 'portocale', 'tomate', 'cartofi', 'ceapă', 'ceapa', 'usturoi', 'morcovi', 'pui', 'carne', 'pește', 'peşte', 'iaurt', 'paste',
    'bere', 'vin', 'ulei', 'săpun', 'sapun',
  ],
  sl: [
    'mleko', 'jajca', 'jajce', 'kruh', 'maslo', 'sir', 'kava', 'kavo', 'čaj', 'sladkor', 'sol', 'riž', 'moka', 'moko', 'voda', 'vodo', 'sok', 'jabolka',
    'banane', 'pomaranče', 'paradižnik', 'paradižnike', 'krompir', 'čebula', 'čebulo', 'česen', 'korenje', 'piščanec', 'piščanca', 'meso', 'riba', 'ribo',
    'ribe', 'jogurt', 'testenine', 'pivo', 'vino', 'olje', 'milo',
    'hruške', 'hruška', 'limone', 'grozdje', 'jagode', 'kumare', 'kumaro', 'solata', 'solato', 'paprika', 'papriko', 'gobe', 'zelje', 'fižol', 'grah',
    'smetana', 'smetano', 'skuta', 'skuto', 'kefir', 'klobase', 'salama', 'salamo', 'pršut', 'šunka', 'šunko', 'slanina', 'slanino', 'marmelada',
    'marmelado', 'piškoti', 'piškote', 'kosmiči', 'kosmiče', 'kvas', 'detergent', 'šampon', 'plenice', 'baterije', 'robčki',
  ],
  // Written without "ë" too. Left out: "lëng" ("lëng portokalli"), "mish" ("mish pule").
  sq: [
    'qumësht', 'qumesht', 'vezë', 'veze', 'bukë', 'buke', 'gjalpë', 'djathë', 'djathe', 'kafe', 'çaj', 'sheqer', 'kripë', 'kripe', 'oriz', 'miell', 'ujë',
    'uje', 'mollë', 'banane', 'portokalle', 'domate', 'patate', 'qepë', 'qepe', 'hudhër', 'karota', 'pulë', 'peshk', 'kos', 'makarona',
    'birrë', 'verë', 'vaj', 'sapun',
    'limona', 'limon', 'dardha', 'rrush', 'luleshtrydhe', 'kastravec', 'kastraveca', 'speca', 'lakër', 'laker', 'spinaq', 'kërpudha', 'kerpudha',
    'fasule', 'bizele', 'gjizë', 'gjize', 'sallam', 'proshutë', 'proshute', 'suxhuk', 'mjaltë', 'mjalte', 'reçel', 'recel', 'biskota', 'drithëra',
    'drithera', 'detergjent', 'shampo', 'pelena', 'bateri', 'peceta',
  ],
  sv: [
    'mjölk', 'ägg', 'bröd', 'smör', 'ost', 'kaffe', 'te', 'socker', 'salt', 'ris', 'mjöl', 'vatten', 'juice', 'äpplen', 'bananer', 'apelsiner', 'tomater',
    'potatis', 'lök', 'vitlök', 'morötter', 'kyckling', 'kött', 'fisk', 'yoghurt', 'pasta', 'öl', 'vin', 'olja', 'tvål', 'tandkräm',
  ],
  // Left out: "மாவு" ("அரிசி மாவு", rice flour), "கோழி" ("கோழி முட்டை"), "ஜூஸ்" ("ஆரஞ்சு ஜூஸ்"),
  // "மிளகாய்", "மிளகு" ("... தூள்", powder), "கடுகு" ("கடுகு எண்ணெய்"), "இஞ்சி" (ginger-garlic paste), "மஞ்சள்" (also yellow).
  ta: [
    'பால்', 'பாலை', 'முட்டை', 'முட்டையை', 'முட்டைகள்', 'ரொட்டி', 'பிரெட்', 'வெண்ணெய்', 'சீஸ்', 'காபி', 'டீ', 'தேநீர்', 'சர்க்கரை', 'சீனி', 'உப்பு',
    'அரிசி', 'அரிசியை', 'தண்ணீர்', 'தண்ணீரை', 'ஆப்பிள்', 'வாழைப்பழம்', 'ஆரஞ்சு', 'தக்காளி', 'உருளைக்கிழங்கு', 'வெங்காயம்', 'பூண்டு', 'கேரட்', 'சிக்கன்',
    'இறைச்சி', 'மீன்', 'தயிர்', 'பாஸ்தா', 'பீர்', 'ஒயின்', 'எண்ணெய்', 'சோப்பு', 'பற்பசை',
    'பேரிக்காய்', 'திராட்சை', 'எலுமிச்சை', 'மாம்பழம்', 'தர்பூசணி', 'வெள்ளரிக்காய்', 'கத்திரிக்காய்', 'முட்டைக்கோஸ்', 'கீரை',
    'பருப்பு', 'நெய்', 'கிரீம்', 'தேன்', 'ஜாம்', 'பிஸ்கட்', 'சாக்லேட்', 'கேக்', 'இறால்', 'மட்டன்', 'ரவை', 'புளி', 'டூத்பேஸ்ட்',
    'ஷாம்பு', 'டயப்பர்', 'பேட்டரி', 'நூடுல்ஸ்',
  ],
  // Left out: "పిండి" ("బియ్యం పిండి", rice flour), "కోడి" ("కోడి గుడ్లు"), "జ్యూస్" ("ఆపిల్ జ్యూస్"),
  // "అల్లం" (ginger-garlic paste), "పసుపు" (also yellow).
  te: [
    'పాలు', 'గుడ్లు', 'గుడ్డు', 'బ్రెడ్', 'రొట్టె', 'వెన్న', 'చీజ్', 'కాఫీ', 'టీ', 'చక్కెర', 'పంచదార', 'ఉప్పు', 'బియ్యం', 'నీళ్లు', 'నీరు', 'ఆపిల్',
    'అరటిపండు', 'అరటిపండ్లు', 'నారింజ', 'టమాటా', 'టమోటా', 'బంగాళాదుంప', 'బంగాళాదుంపలు', 'ఉల్లిపాయ', 'ఉల్లిపాయలు', 'వెల్లుల్లి', 'క్యారెట్', 'చికెన్',
    'మాంసం', 'చేప', 'చేపలు', 'పెరుగు', 'పాస్తా', 'బీర్', 'వైన్', 'నూనె', 'సబ్బు',
    'కందిపప్పు', 'పప్పు', 'ద్రాక్ష', 'నిమ్మకాయ', 'నిమ్మకాయలు', 'పుచ్చకాయ', 'దోసకాయ', 'వంకాయ', 'వంకాయలు', 'క్యాబేజీ', 'మిరపకాయ', 'మిరపకాయలు',
    'పాలకూర', 'నెయ్యి', 'తేనె', 'జామ్', 'బిస్కెట్', 'బిస్కెట్లు', 'చాక్లెట్', 'కేక్', 'రొయ్యలు', 'మటన్', 'రవ్వ', 'చింతపండు', 'టూత్\u200cపేస్ట్',
    'షాంపూ', 'డైపర్', 'బ్యాటరీ', 'నూడుల్స్', 'ఆవాలు', 'జీలకర్ర', 'మిరియాలు',
  ],
  // Thai as a recognizer spaces it after the list verb (skills/listItemsOnly.ts). Left out: "ไก่"
  // ("ไข่ ไก่", hen's eggs), "น้ำ" ("น้ำ ส้ม", orange juice), "ข้าว" ("ข้าว เหนียว", sticky rice).
  th: [
    'นม', 'ไข่', 'ขนมปัง', 'เนย', 'ชีส', 'กาแฟ', 'ชา', 'น้ำตาล', 'เกลือ', 'แป้ง', 'แอปเปิ้ล', 'กล้วย', 'มะเขือเทศ', 'มันฝรั่ง', 'หัวหอม', 'กระเทียม',
    'แครอท', 'หมู', 'ปลา', 'โยเกิร์ต', 'เบียร์', 'ไวน์', 'สบู่', 'ยาสีฟัน',
    'ลูกแพร์', 'องุ่น', 'มะนาว', 'มะม่วง', 'แตงโม', 'แตงกวา', 'สับปะรด', 'ส้ม', 'กะหล่ำปลี', 'ขิง', 'เห็ด', 'ครีม', 'น้ำผึ้ง', 'แยม', 'บิสกิต',
    'คุกกี้', 'ช็อกโกแลต', 'เค้ก', 'กุ้ง', 'ปลาหมึก', 'ไส้กรอก', 'แฮม', 'เบคอน', 'เต้าหู้', 'น้ำปลา', 'ซีอิ๊ว', 'บะหมี่', 'แชมพู', 'ผงซักฟอก',
    'ทิชชู่', 'กระดาษทิชชู่', 'แบตเตอรี่', 'ผ้าอ้อม', 'ข้าวสาร', 'ไอศกรีม',
  ],
  tl: [
    'gatas', 'itlog', 'tinapay', 'mantikilya', 'keso', 'kape', 'tsaa', 'asukal', 'asin', 'bigas', 'harina', 'tubig', 'mansanas', 'saging', 'dalandan',
    'kamatis', 'patatas', 'sibuyas', 'bawang', 'karot', 'manok', 'karne', 'isda', 'yogurt', 'pasta', 'serbesa', 'beer', 'mantika', 'sabon', 'toothpaste',
    'peras', 'ubas', 'pakwan', 'mangga', 'kalamansi', 'pinya', 'talong', 'repolyo', 'pechay', 'kangkong', 'sitaw', 'kalabasa', 'ampalaya', 'luya',
    'baboy', 'hipon', 'sardinas', 'longganisa', 'hotdog', 'tocino', 'tokwa', 'tofu', 'toyo', 'patis', 'suka', 'mayonesa', 'ketchup', 'cereal',
    'biskwit', 'tsokolate', 'juice', 'shampoo', 'detergent', 'diaper', 'diapers', 'tisyu', 'tissue', 'baterya', 'kandila', 'posporo', 'yelo',
  ],
  ur: [
    'دودھ', 'انڈے', 'انڈا', 'روٹی', 'بریڈ', 'مکھن', 'پنیر', 'کافی', 'چائے', 'چینی', 'نمک', 'چاول', 'آٹا', 'میدہ', 'پانی', 'جوس', 'سیب', 'کیلے', 'کیلا',
    'مالٹے', 'سنگترے', 'ٹماٹر', 'آلو', 'پیاز', 'لہسن', 'گاجر', 'مرغی', 'گوشت', 'مچھلی', 'دہی', 'پاستا', 'بیئر', 'تیل', 'گھی', 'دال', 'صابن',
    'ناشپاتی', 'انگور', 'لیموں', 'آم', 'تربوز', 'خربوزہ', 'کھیرا', 'گوبھی', 'پالک', 'بینگن', 'مٹر', 'مرچ', 'بھنڈی', 'کریم', 'شہد', 'جام',
    'بسکٹ', 'چنے', 'بیسن', 'سرکہ', 'شیمپو', 'سرف', 'ٹشو', 'بیٹری', 'بیٹریاں', 'پیمپر', 'ڈائپر', 'نوڈلز', 'کیچپ', 'قیمہ', 'کیک', 'چاکلیٹ', 'پتی',
  ],
  // One syllable only. Left out: "trà" ("trà sữa", milk tea), "gà" ("trứng gà", "thịt gà"), "hành", "dầu", "bột", "nước".
  vi: ['sữa', 'trứng', 'gạo', 'muối', 'đường', 'thịt', 'cá', 'tôm', 'bia', 'tỏi', 'bơ', 'táo', 'cam', 'chuối', 'nho'],
};

const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(GROCERIES).map(([lang, words]) => [lang, new Set(words)]));
const NONE: ReadonlySet<string> = new Set();

/** `lang`'s single-word grocery items as a set, for looking words up (empty without any). */
export function grocerySet(lang: string): ReadonlySet<string> {
  return SETS.get(lang) ?? NONE;
}

/** The languages with grocery words here (for tests). */
export const GROCERY_WORD_LANGS: readonly string[] = Object.keys(GROCERIES);
