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
  ],
  am: [
    'ወተት', 'እንቁላል', 'ዳቦ', 'ቅቤ', 'አይብ', 'ቡና', 'ሻይ', 'ስኳር', 'ጨው', 'ሩዝ', 'ዱቄት', 'ውሃ', 'ውኃ', 'ጭማቂ', 'ፖም', 'ሙዝ', 'ብርቱካን', 'ቲማቲም', 'ድንች',
    'ሽንኩርት', 'ካሮት', 'ዶሮ', 'ስጋ', 'ሥጋ', 'አሳ', 'ዓሳ', 'ዓሣ', 'እርጎ', 'ፓስታ', 'ማካሮኒ', 'ቢራ', 'ወይን', 'ዘይት', 'ሳሙና',
  ],
  // "əti" (the meat) is left out: "toyuq əti" is chicken meat.
  az: [
    'süd', 'südü', 'yumurta', 'çörək', 'çörəyi', 'yağ', 'pendir', 'pendiri', 'qəhvə', 'kofe', 'çay', 'çayı', 'şəkər', 'şəkəri', 'duz', 'duzu', 'düyü',
    'düyünü', 'un', 'unu', 'su', 'şirə', 'alma', 'almalar', 'banan', 'bananlar', 'portağal', 'portağallar', 'pomidor', 'pomidorlar', 'kartof', 'soğan',
    'sarımsaq', 'kök', 'toyuq', 'ət', 'balıq', 'qatıq', 'makaron', 'pivə', 'şərab', 'çaxır', 'sabun',
  ],
  // "জুস" is left out: "আপেল জুস" is apple juice.
  bn: [
    'দুধ', 'ডিম', 'পাউরুটি', 'রুটি', 'মাখন', 'পনির', 'চিজ', 'কফি', 'চা', 'চিনি', 'লবণ', 'নুন', 'চাল', 'ডাল', 'আটা', 'ময়দা', 'পানি', 'জল', 'আপেল', 'কলা',
    'কমলা', 'টমেটো', 'আলু', 'পেঁয়াজ', 'রসুন', 'গাজর', 'মুরগি', 'মাংস', 'মাছ', 'দই', 'পাস্তা', 'বিয়ার', 'ওয়াইন', 'তেল', 'সাবান', 'টুথপেস্ট',
  ],
  ca: [
    'llet', 'ous', 'pa', 'mantega', 'formatge', 'cafè', 'te', 'sucre', 'sal', 'arròs', 'farina', 'aigua', 'suc', 'pomes', 'plàtans', 'taronges',
    'tomàquets', 'patates', 'ceba', 'cebes', 'all', 'alls', 'pastanagues', 'pollastre', 'carn', 'peix', 'iogurt', 'iogurts', 'pasta', 'macarrons',
    'cervesa', 'vi', 'oli', 'sabó',
  ],
  // Welsh softens an object after a verb: "ychwanega fara", "gwna goffi".
  cy: [
    'llaeth', 'llefrith', 'wyau', 'bara', 'menyn', 'caws', 'coffi', 'te', 'siwgr', 'halen', 'reis', 'blawd', 'dŵr', 'sudd', 'afalau', 'bananas',
    'orennau', 'tomatos', 'tomatau', 'tatws', 'winwns', 'nionod', 'garlleg', 'moron', 'cig', 'pysgod', 'iogwrt', 'pasta', 'cwrw', 'gwin', 'olew',
    'sebon', 'laeth', 'fara', 'fenyn', 'gaws', 'goffi', 'flawd', 'ddŵr', 'datws', 'foron', 'gig', 'bysgod', 'gwrw',
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
  // "آب" (water) is left out: "آب پرتقال" is orange juice. Words written with a half space (ZWNJ) keep it.
  fa: [
    'شیر', 'تخم\u200cمرغ', 'نان', 'کره', 'پنیر', 'قهوه', 'چای', 'شکر', 'قند', 'نمک', 'برنج', 'آرد', 'آبمیوه', 'آب\u200cمیوه', 'سیب', 'موز', 'پرتقال',
    'گوجه', 'گوجه\u200cفرنگی', 'سیب\u200cزمینی', 'پیاز', 'سیر', 'هویج', 'مرغ', 'گوشت', 'ماهی', 'ماست', 'ماکارونی', 'پاستا', 'آبجو', 'شراب', 'روغن',
    'صابون',
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
  ],
  // Left out as for Indonesian: "pitik" ("endhog pitik"), "banyu", "glepung".
  jv: [
    'susu', 'endhog', 'endog', 'roti', 'mentega', 'keju', 'kopi', 'teh', 'gula', 'uyah', 'beras', 'apel', 'gedhang', 'jeruk', 'tomat', 'kentang',
    'brambang', 'bawang', 'wortel', 'daging', 'iwak', 'bir', 'lenga', 'sabun', 'odol',
  ],
  ka: [
    'რძე', 'კვერცხი', 'კვერცხები', 'პური', 'კარაქი', 'ყველი', 'ყავა', 'ჩაი', 'შაქარი', 'მარილი', 'ბრინჯი', 'ფქვილი', 'წყალი', 'წვენი', 'ვაშლი',
    'ვაშლები', 'ბანანი', 'ბანანები', 'ფორთოხალი', 'პომიდორი', 'პომიდორები', 'კარტოფილი', 'ხახვი', 'ნიორი', 'სტაფილო', 'ქათამი', 'ხორცი', 'თევზი',
    'იოგურტი', 'მაწონი', 'მაკარონი', 'ლუდი', 'ღვინო', 'ზეთი', 'საპონი',
  ],
  // Left out: "ទឹក" (water begins milk and juice), "តែ" (tea, also "only"), "ស្រា" (begins beer), "ម្សៅ" ("ម្សៅ អង្ករ", rice flour).
  km: [
    'ទឹកដោះគោ', 'ពងមាន់', 'ស៊ុត', 'នំបុ័ង', 'នំប៉័ង', 'ប៊ឺ', 'ឈីស', 'កាហ្វេ', 'ស្លឹកតែ', 'ស្ករ', 'អំបិល', 'អង្ករ', 'ទឹកសុទ្ធ', 'ទឹកផ្លែឈើ', 'ទឹកក្រូច',
    'ផ្លែប៉ោម', 'ប៉ោម', 'ចេក', 'ក្រូច', 'ប៉េងប៉ោះ', 'ដំឡូងបារាំង', 'ខ្ទឹមបារាំង', 'ខ្ទឹមស', 'ការ៉ុត', 'សាច់មាន់', 'សាច់', 'ត្រី', 'យ៉ាអួ', 'មី', 'ស្រាបៀរ',
    'ស្រាទំពាំងបាយជូរ', 'ប្រេងឆា', 'សាប៊ូ', 'ថ្នាំដុសធ្មេញ',
  ],
  // Left out: "ಹಿಟ್ಟು" ("ಅಕ್ಕಿ ಹಿಟ್ಟು", rice flour), "ಕೋಳಿ" ("ಕೋಳಿ ಮೊಟ್ಟೆ", hen's eggs), "ಕಿತ್ತಳೆ" (also the colour).
  kn: [
    'ಹಾಲು', 'ಹಾಲನ್ನು', 'ಮೊಟ್ಟೆ', 'ಮೊಟ್ಟೆಗಳು', 'ಮೊಟ್ಟೆಗಳನ್ನು', 'ಬ್ರೆಡ್', 'ಬೆಣ್ಣೆ', 'ಚೀಸ್', 'ಕಾಫಿ', 'ಟೀ', 'ಚಹಾ', 'ಸಕ್ಕರೆ', 'ಸಕ್ಕರೆಯನ್ನು', 'ಉಪ್ಪು', 'ಉಪ್ಪನ್ನು',
    'ಅಕ್ಕಿ', 'ಅಕ್ಕಿಯನ್ನು', 'ನೀರು', 'ನೀರನ್ನು', 'ಜ್ಯೂಸ್', 'ಸೇಬು', 'ಬಾಳೆಹಣ್ಣು', 'ಟೊಮೆಟೊ', 'ಟೊಮೇಟೊ', 'ಆಲೂಗಡ್ಡೆ', 'ಈರುಳ್ಳಿ', 'ಬೆಳ್ಳುಳ್ಳಿ', 'ಕ್ಯಾರೆಟ್',
    'ಚಿಕನ್', 'ಮಾಂಸ', 'ಮೀನು', 'ಮೊಸರು', 'ಪಾಸ್ತಾ', 'ಬಿಯರ್', 'ವೈನ್', 'ಎಣ್ಣೆ', 'ಸೋಪು', 'ಸಾಬೂನು',
  ],
  // Latvian objects take the accusative: "pievieno pienu". "pasta" is post, not pasta, so "makaroni".
  lv: [
    'piens', 'pienu', 'olas', 'maize', 'maizi', 'sviests', 'sviestu', 'siers', 'sieru', 'kafija', 'kafiju', 'tēja', 'tēju', 'cukurs', 'cukuru', 'sāls',
    'sāli', 'rīsi', 'rīsus', 'milti', 'miltus', 'ūdens', 'ūdeni', 'sula', 'sulu', 'āboli', 'ābolus', 'banāni', 'banānus', 'apelsīni', 'apelsīnus',
    'tomāti', 'tomātus', 'kartupeļi', 'kartupeļus', 'sīpoli', 'sīpolus', 'ķiploki', 'ķiplokus', 'burkāni', 'burkānus', 'vista', 'gaļa', 'gaļu', 'zivs',
    'zivi', 'zivis', 'jogurts', 'jogurtu', 'makaroni', 'makaronus', 'alus', 'alu', 'vīns', 'vīnu', 'eļļa', 'eļļu', 'ziepes',
  ],
  // "ജ്യൂസ്" is left out: "ഓറഞ്ച് ജ്യൂസ്", "ആപ്പിൾ ജ്യൂസ്".
  ml: [
    'പാൽ', 'മുട്ട', 'ബ്രെഡ്', 'വെണ്ണ', 'ചീസ്', 'കാപ്പി', 'കോഫി', 'ചായ', 'പഞ്ചസാര', 'ഉപ്പ്', 'അരി', 'ആട്ട', 'മൈദ', 'വെള്ളം', 'ആപ്പിൾ', 'പഴം', 'ഓറഞ്ച്',
    'തക്കാളി', 'ഉരുളക്കിഴങ്ങ്', 'സവാള', 'ഉള്ളി', 'വെളുത്തുള്ളി', 'കാരറ്റ്', 'ക്യാരറ്റ്', 'ചിക്കൻ', 'കോഴിയിറച്ചി', 'ഇറച്ചി', 'മീൻ', 'മത്സ്യം', 'തൈര്',
    'പാസ്ത', 'ബിയർ', 'വൈൻ', 'എണ്ണ', 'വെളിച്ചെണ്ണ', 'സോപ്പ്',
  ],
  mn: [
    'сүү', 'өндөг', 'талх', 'бяслаг', 'кофе', 'цай', 'давс', 'будаа', 'гурил', 'ус', 'жүүс', 'алим', 'банана', 'жүрж', 'төмс', 'сонгино', 'сармис',
    'лууван', 'тахиа', 'мах', 'загас', 'тараг', 'гоймон', 'дарс', 'вино', 'тос', 'саван',
  ],
  // Left out: "ayam" ("telur ayam"), "jus" ("jus epal"), "air" ("air oren"), "tepung" ("tepung beras").
  ms: [
    'susu', 'telur', 'roti', 'mentega', 'keju', 'kopi', 'teh', 'gula', 'garam', 'beras', 'epal', 'pisang', 'oren', 'tomato', 'kentang', 'daging',
    'ikan', 'yogurt', 'pasta', 'mi', 'mee', 'bir', 'wain', 'minyak', 'sabun',
  ],
  my: [
    'နို့', 'နွားနို့', 'ကြက်ဥ', 'ပေါင်မုန့်', 'ထောပတ်', 'ဒိန်ခဲ', 'ကော်ဖီ', 'လက်ဖက်ခြောက်', 'သကြား', 'ဆား', 'ဆန်', 'ဂျုံမှုန့်', 'ရေ', 'ဖျော်ရည်', 'ပန်းသီး',
    'ငှက်ပျောသီး', 'လိမ္မော်သီး', 'ခရမ်းချဉ်သီး', 'အာလူး', 'ကြက်သွန်နီ', 'ကြက်သွန်ဖြူ', 'မုန်လာဥနီ', 'ကြက်သား', 'အသား', 'ငါး', 'ဒိန်ချဉ်', 'ခေါက်ဆွဲ',
    'ဘီယာ', 'ဝိုင်', 'ဆီ', 'ဆပ်ပြာ', 'သွားတိုက်ဆေး',
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
  ],
  // Written without "ë" too.
  sq: [
    'qumësht', 'qumesht', 'vezë', 'veze', 'bukë', 'buke', 'gjalpë', 'djathë', 'djathe', 'kafe', 'çaj', 'sheqer', 'kripë', 'kripe', 'oriz', 'miell', 'ujë',
    'uje', 'lëng', 'mollë', 'banane', 'portokalle', 'domate', 'patate', 'qepë', 'qepe', 'hudhër', 'karota', 'pulë', 'mish', 'peshk', 'kos', 'makarona',
    'birrë', 'verë', 'vaj', 'sapun',
  ],
  sv: [
    'mjölk', 'ägg', 'bröd', 'smör', 'ost', 'kaffe', 'te', 'socker', 'salt', 'ris', 'mjöl', 'vatten', 'juice', 'äpplen', 'bananer', 'apelsiner', 'tomater',
    'potatis', 'lök', 'vitlök', 'morötter', 'kyckling', 'kött', 'fisk', 'yoghurt', 'pasta', 'öl', 'vin', 'olja', 'tvål', 'tandkräm',
  ],
  // Left out: "மாவு" ("அரிசி மாவு", rice flour), "கோழி" ("கோழி முட்டை"), "ஜூஸ்" ("ஆரஞ்சு ஜூஸ்").
  ta: [
    'பால்', 'பாலை', 'முட்டை', 'முட்டையை', 'முட்டைகள்', 'ரொட்டி', 'பிரெட்', 'வெண்ணெய்', 'சீஸ்', 'காபி', 'டீ', 'தேநீர்', 'சர்க்கரை', 'சீனி', 'உப்பு',
    'அரிசி', 'அரிசியை', 'தண்ணீர்', 'தண்ணீரை', 'ஆப்பிள்', 'வாழைப்பழம்', 'ஆரஞ்சு', 'தக்காளி', 'உருளைக்கிழங்கு', 'வெங்காயம்', 'பூண்டு', 'கேரட்', 'சிக்கன்',
    'இறைச்சி', 'மீன்', 'தயிர்', 'பாஸ்தா', 'பீர்', 'ஒயின்', 'எண்ணெய்', 'சோப்பு', 'பற்பசை',
  ],
  // Left out: "పిండి" ("బియ్యం పిండి", rice flour), "కోడి" ("కోడి గుడ్లు"), "జ్యూస్" ("ఆపిల్ జ్యూస్").
  te: [
    'పాలు', 'గుడ్లు', 'గుడ్డు', 'బ్రెడ్', 'రొట్టె', 'వెన్న', 'చీజ్', 'కాఫీ', 'టీ', 'చక్కెర', 'పంచదార', 'ఉప్పు', 'బియ్యం', 'నీళ్లు', 'నీరు', 'ఆపిల్',
    'అరటిపండు', 'అరటిపండ్లు', 'నారింజ', 'టమాటా', 'టమోటా', 'బంగాళాదుంప', 'బంగాళాదుంపలు', 'ఉల్లిపాయ', 'ఉల్లిపాయలు', 'వెల్లుల్లి', 'క్యారెట్', 'చికెన్',
    'మాంసం', 'చేప', 'చేపలు', 'పెరుగు', 'పాస్తా', 'బీర్', 'వైన్', 'నూనె', 'సబ్బు',
  ],
  // Thai as a recognizer spaces it after the list verb (skills/listItemsOnly.ts). Left out: "ไก่"
  // ("ไข่ ไก่", hen's eggs), "น้ำ" ("น้ำ ส้ม", orange juice), "ข้าว" ("ข้าว เหนียว", sticky rice).
  th: [
    'นม', 'ไข่', 'ขนมปัง', 'เนย', 'ชีส', 'กาแฟ', 'ชา', 'น้ำตาล', 'เกลือ', 'แป้ง', 'แอปเปิ้ล', 'กล้วย', 'มะเขือเทศ', 'มันฝรั่ง', 'หัวหอม', 'กระเทียม',
    'แครอท', 'หมู', 'ปลา', 'โยเกิร์ต', 'เบียร์', 'ไวน์', 'สบู่', 'ยาสีฟัน',
  ],
  tl: [
    'gatas', 'itlog', 'tinapay', 'mantikilya', 'keso', 'kape', 'tsaa', 'asukal', 'asin', 'bigas', 'harina', 'tubig', 'mansanas', 'saging', 'dalandan',
    'kamatis', 'patatas', 'sibuyas', 'bawang', 'karot', 'manok', 'karne', 'isda', 'yogurt', 'pasta', 'serbesa', 'beer', 'mantika', 'sabon', 'toothpaste',
  ],
  ur: [
    'دودھ', 'انڈے', 'انڈا', 'روٹی', 'بریڈ', 'مکھن', 'پنیر', 'کافی', 'چائے', 'چینی', 'نمک', 'چاول', 'آٹا', 'میدہ', 'پانی', 'جوس', 'سیب', 'کیلے', 'کیلا',
    'مالٹے', 'سنگترے', 'ٹماٹر', 'آلو', 'پیاز', 'لہسن', 'گاجر', 'مرغی', 'گوشت', 'مچھلی', 'دہی', 'پاستا', 'بیئر', 'تیل', 'گھی', 'دال', 'صابن',
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
