/**
 * Words that make a light brighter or dimmer, in MASSIVE's languages that have no pack yet:
 * "világosabbra", "mai luminos", "més de llum", "sáng hơn", "mörkare". The NLU confuses
 * brighten and dim, which share every other word ("tudnád egy kicsit világosabbra állítani"
 * read as dimming at 0.94), as it does in the packs' languages (their `brightness` words).
 *
 * Regex sources on the cleaned lower-case text (see wordPatterns.ts). Only words that ask for
 * a change: "bright" alone is mostly said of the light as it is ("இது மிகவும் பிரகாசமாக
 * உள்ளது", it is too bright here, asks for dimmer), so it is listed with "more" or "less".
 */
import { anyOf, saidOnly, stem, word } from './wordPatterns.ts';

export type BrightnessDirection = 'up' | 'down';

/**
 * A light's noun or level, and the verbs that raise or lower it, where a language says "raise the
 * light" with its own verb: the verb alone also raises the volume (volumeWords.ts), so it counts
 * only with the light. "Set the light to 30 percent" says no direction; "lower the light to 30
 * percent" does, through its verb.
 */
const FA_LIGHT = '(?:نور|روشنایی|چراغ)\\S* (?:را |رو )?(?:\\S+ ){0,2}';
const KN_LIGHT = '(?:ಬೆಳಕ|(?<!ಫ್)ಲೈಟ|ಪ್ರಕಾಶ|ಬ್ರೈಟ್\\u200c?ನೆಸ್|ದೀಪ)\\S* (?:\\S+ )?';
const ML_LIGHT = '(?:വെളിച്ച(?!െ)|(?<!ഫ്)ലൈറ്റ|തെളിച്ച|ബ്രൈറ്റ്\\u200c?നസ്)\\S* (?:\\S+ )?';
const TA_LIGHT = '(?:வெளிச்ச|லைட்|பிரகாச|பிரைட்னஸ்|விளக்க(?!ம்))\\S* (?:\\S+ )?';
const TE_LIGHT = '(?:వెలుతురు|వెలుగు|(?<!ఫ్)లైట|ప్రకాశం|బ్రైట్\\u200c?నెస్)\\S* (?:\\S+ )?';
const UR_LIGHT = '(?:روشنی|(?<!ف)لائٹ|بتی|برائٹنس)\\S* (?:\\S+ )?';
const BN_LIGHT = '(?:আলো(?!চ)|(?<!ফ্)লাইট|বাতি(?!ল)|উজ্জ্বলতা|ব্রাইটনেস)\\S* (?:\\S+ )?';

const WORDS: Readonly<Record<string, Readonly<Record<BrightnessDirection, readonly string[]>>>> = {
  af: { up: [stem('helderder|ligter|meer lig'), '(?:verhoog|vermeerder) die helderheid'], down: [stem('dowwer|donkerder|dowwe|minder lig|demp'), '(?:verlaag|verminder) die helderheid'] },
  // The last syllable changes with the ending: ብርሃን, ብርሃኑን (the light as an object).
  am: {
    up: ['ብርሃኑን ጨምር', '(?:ብርሃ[ንኑና]|መብራ[ትቱቶ])\\S* (?:\\S+ )?(?:ጨምር|ጨምሪ|ጨምሩ|ይጨምሩ|ከፍ አድርግ|ከፍ አድርጊ|ከፍ ያድርጉ)'],
    down: ['(?:ብርሃ[ንኑና]|መብራ[ትቱቶ])\\S* (?:\\S+ )?(?:ቀንስ|ቀንሺ|ቀንሱ|ይቀንሱ|ዝቅ አድርግ|ዝቅ አድርጊ|ዝቅ ያድርጉ)', 'አደብዝ'],
  },
  az: {
    up: [stem('daha parlaq|parlaqlaşdır|daha işıqlı'), 'işığı artır', `${stem('işığı|işıqları|parlaqlığı')} (?:\\S+ ){0,2}${stem('artır|çoxalt|gücləndir|qaldır')}`],
    down: [stem('daha zəif|zəiflət|qaralt|daha qaranlıq|tutqunlaşdır'), 'işığı azalt', `${stem('işığı|işıqları|parlaqlığı')} (?:\\S+ ){0,2}${stem('azalt|endir')}`],
  },
  // বাড়াও/বাড়িয়ে দাও (raise), কমাও/কমিয়ে দাও (lower) with the light; "ডিম করো" (dim). Not "আলো কম আছে" (the light is low).
  bn: {
    up: ['আরও উজ্জ্বল', 'উজ্জ্বলতা বাড়া', `${BN_LIGHT}(?:বাড়(?:া|িয়ে)|বেশি কর)`],
    down: ['কম উজ্জ্বল', 'মৃদু', 'আলো কমা', 'উজ্জ্বলতা কমা', 'আরও অন্ধকার', `${BN_LIGHT}কম(?:া|িয়ে| কর)`, `${word('ডিম')} (?:করো|কর|করে|করুন)`],
  },
  ca: {
    up: [stem('més (?:de )?llum|més brillant|il·lumina més|més lluminós|més lluminosa'), `${stem('puja|apuja|pugeu|apugeu|augmenta|augmenteu')} (?:el |els |la |les )?${stem('llum|brillantor|lluminositat')}`],
    down: [stem('menys llum|més fosc|atenu|menys brillant|més tènue'), `${stem('baixa|abaixa|baixeu|abaixeu|redueix|reduïu|disminueix')} (?:el |els |la |les )?${stem('llum|brillantor|lluminositat')}`],
  },
  // After a verb "mwy" (more) and "llai" (less) take the soft mutation: "rho fwy o olau" (give more light).
  cy: { up: [stem('(?:m|f)wy disglair|goleuach|disgleiriach|(?:m|f)wy o olau|(?:m|f)wy llachar')], down: [stem('tywyllach|pylu|pyla|l?lai llachar|l?lai o olau|l?lai disglair'), 'gostwng y (?:golau|goleuadau)'] },
  da: {
    // "gør lyset kraftigere" (make the light stronger): the comparative after the light.
    up: [stem('lysere(?! farve)|mere lys|kraftigere lys'), '(?:lyset|lampen|lamperne|belysningen) (?:\\S+ )?(?:kraftigere|stærkere)', 'skru op for (?:lyset|lampen|lamperne|belysningen|lysstyrken)', '(?:skru|sæt) (?:lyset|lampen|lamperne|belysningen|lysstyrken) op', '(?:øg|hæv|forøg) (?:lysstyrken|lyset)'],
    down: [stem('mørkere(?! farve)|dæmp|mindre lys|svagere lys'), 'skru ned for (?:lyset|lampen|lamperne|belysningen|lysstyrken)', '(?:skru|sæt) (?:lyset|lampen|lamperne|belysningen|lysstyrken) ned', '(?:sænk|reducer|formindsk|mindsk) (?:lysstyrken|lyset)'],
  },
  // Also as typed without accents.
  el: {
    up: [stem('πιο φωτειν|φωτεινότερ|φωτεινοτερ|περισσότερο φως|περισσοτερο φως'), `${stem('δυνάμωσε|δυναμωσε|αύξησε|αυξησε|ανέβασε|ανεβασε')} (?:το |τα |τη |την )?${stem('φως|φώτα|φωτα|φωτεινότητα|φωτεινοτητα|φωτισμ')}`],
    down: [stem('πιο σκοτειν|πιο αμυδρ|σκοτεινότερ|σκοτεινοτερ|λιγότερο φως|λιγοτερο φως'), `${stem('χαμήλωσε|χαμηλωσε|μείωσε|μειωσε|κατέβασε|κατεβασε')} (?:το |τα |τη |την )?${stem('φως|φώτα|φωτα|φωτεινότητα|φωτεινοτητα|φωτισμ')}`],
  },
  // "یه کم" (a bit) holds کم (less): the level needs its verb ("نور رو یه کم زیاد کن", raise the light a bit);
  // "نور خیلی زیاده" (the light is too strong) asks for no raise.
  fa: {
    up: ['روشن‌? ?تر', 'پر‌? ?نور‌? ?تر', `${FA_LIGHT}(?:زیاد|بیشتر)(?:ش)? ?(?:کن|بکن|کنید)`, `${FA_LIGHT}(?:ببر|بده|بکش) بالا`],
    down: ['کم‌? ?نور', 'تاریک‌? ?تر', `${FA_LIGHT}(?:کم|کمتر)(?:ش)? ?(?:کن|بکن|کنید)`, '(?:نور|روشنایی)\\S* (?:را |رو )?کمتر', `${FA_LIGHT}(?:بیار|بیاور|ببر) پایین`],
  },
  // The verb may have the room between it and the brightness ("laske olohuoneen kirkkaus"), in any case.
  fi: {
    up: [`(?<!vähemmän |liian )${stem('kirkkaam|valoisam')}`, stem('lisää valoa|kirkasta'), `${stem('nosta|nostakaa|lisää|kasvata|suurenna')} (?:\\S+ )?${stem('kirkkau|valoisuu')}`, `${stem('kirkkaus|kirkkautta')} (?:ylös|isommalle|suuremmalle|täysille)`],
    down: [stem('himme|tummem|vähemmän valoa|vähemmän kirkka'), `${stem('laske|laskekaa|vähennä|pienennä')} (?:\\S+ )?${stem('kirkkau|valoisuu|valo(?!kuv)')}`, `${stem('kirkkaus|kirkkautta')} (?:alas|pienemmälle|alemmas)`],
  },
  he: {
    up: ['יותר אור', 'בהיר יותר', 'יותר בהיר', '(?:תגביר|הגבר|תגבירי|להגביר|תעלה|העלה|תעלי|להעלות) את (?:ה)?(?:אור|תאורה|בהירות|עוצמת האור)'],
    down: ['פחות אור', 'עמעם', 'חשוך יותר', 'יותר חשוך', 'פחות בהיר', '(?:תנמיך|הנמך|תנמיכי|להנמיך|תוריד|הורד|תורידי|להוריד|תחליש|החלש) את (?:ה)?(?:אור|תאורה|בהירות|עוצמת האור)'],
  },
  // The brightness (fényerő) with "fel"/"le": "vedd lejjebb a fényerőt", "fényerőt fel".
  hu: {
    up: [stem('világosabb|fényesebb|erősebb fény'), `${stem('növeld|növelje|emeld|emelje|tekerd fel|vedd fel|húzd fel')} (?:a |az )?${stem('fényerő|fény|világítás')}`, `${stem('fényerő')}\\S* (?:\\S+ )?${word('fel|feljebb|nagyobbra|maximumra')}`],
    down: [stem('sötétebb|halványabb|tompít|gyengébb fény|halványít|sötétít'), `${stem('csökkentsd|csökkentse|vedd le|vedd lejjebb|tekerd le|húzd le')} (?:a |az )?${stem('fényerő|fény|világítás')}`, `${stem('fényerő')}\\S* (?:\\S+ )?${word('le|lejjebb|kisebbre|minimumra')}`],
  },
  hy: {
    up: ['ավելի պայծառ', 'պայծառացր', 'ավելի լուսավոր', '(?:լույս|պայծառություն)(?:ը|ն|երը) (?:\\S+ )?(?:ավելացր|բարձրացր|ուժեղացր)', `${stem('ավելացր|բարձրացր|ուժեղացր')}\\S* (?:\\S+ )?(?:լույս|պայծառություն)`],
    down: ['ավելի մութ', 'մթնեցր', 'խամրեցր', 'ավելի աղոտ', '(?:լույս|պայծառություն)(?:ը|ն|երը) (?:\\S+ )?(?:իջեցր|թուլացր|նվազեցր|պակասեցր|մեղմացր)', `${stem('իջեցր|թուլացր|նվազեցր|պակասեցր|մեղմացր')}\\S* (?:\\S+ )?(?:լույս|պայծառություն)`],
  },
  // "kecilin/gedein lampunya" (make the lamp smaller/bigger) is spoken for dim/brighten. Not "kurang terang" (not bright enough).
  id: {
    up: [stem('lebih terang|terangkan|terangin|tambah terang|makin terang'), `${stem('naikkan|naikin|tambah|tambahkan|tambahin|tingkatkan')} (?:\\S+ )?${stem('kecerahan|cahaya|terang')}`, `${stem('besarkan|besarin|gedein')} (?:\\S+ )?${stem('lampu|kecerahan|cahaya')}`],
    down: [stem('lebih redup|redupkan|redupin|lebih gelap|gelapkan|gelapin'), `${stem('turunkan|turunin|kurangi|kurangin|rendahkan')} (?:\\S+ )?${stem('kecerahan|cahaya|terang')}`, `${stem('kecilkan|kecilin')} (?:\\S+ )?${stem('lampu|kecerahan|cahaya')}`],
  },
  is: {
    up: [stem('bjartar|bjartara|meira ljós|meiri birt|auka birt|auktu birt'), `${stem('hækkaðu|hækka')} (?:í )?${stem('ljós|birt')}`],
    down: [stem('dimmra|daufara|dekkra|minna ljós|minni birt|deyf|dimmaðu|dempaðu|dempa ljós'), `${stem('lækkaðu|lækka')} (?:í )?${stem('ljós|birt')}`],
  },
  jv: {
    up: [stem('luwih padhang|padhangke|padhangna|padhangno|padhangake|dipadhangke|tambah padhang|luwih terang|terangke|terangna|terangno|diterangke'), `${stem('padhang')}\\S* (?:\\S+ ){0,3}${stem('ditambah|tambahi|diundhakke|undhakke')}`],
    // The passive, as people say it of the lamp ("lampune disuremke"), and "its brightness reduced".
    down: [stem('luwih peteng|tambah peteng|petengke|petengna|petengno|dipetengke|luwih surem|suremke|suremna|suremno|suremake|disuremke|luwih redup|redupke|redupna|redupno|diredupke'), `${stem('padhang')}\\S* (?:\\S+ ){0,3}${stem('dikurangi|kurangi|dikurangke|kurangke|diudhunke|udhunke')}`],
  },
  // მოუმატე/დაუკელი (add to/take from), with the light: "შუქს მოუმატე".
  ka: {
    up: ['უფრო ნათელ', 'უფრო კაშკაშ', '(?:შუქ|სინათლ|სიკაშკაშ|ნათურ)\\S* (?:\\S+ )?(?:მოუმატ|აუწი|გაზარდ|გაზრდ)', `${stem('მოუმატ|აუწი|გაზარდ')}\\S* (?:\\S+ )?(?:შუქ|სინათლ|სიკაშკაშ)`],
    down: ['უფრო მკრთალ', 'ჩააბნელ', 'დაბინდ', 'უფრო ბნელ', '(?:შუქ|სინათლ|სიკაშკაშ|ნათურ)\\S* (?:\\S+ )?(?:დაუკელ|დაუწი|შეამცირ|ჩაუწი)', `${stem('დაუკელ|დაუწი|შეამცირ|ჩაუწი')}\\S* (?:\\S+ )?(?:შუქ|სინათლ|სიკაშკაშ)`],
  },
  // ស្រអាប់ (dim) said of the light as it is ("ស្រអាប់ណាស់", too dim) asks for no dimming.
  km: { up: ['ភ្លឺជាង', 'ភ្លឺទៀត', 'បង្កើនពន្លឺ', 'ដំឡើងពន្លឺ', 'បន្ថែមពន្លឺ', 'បង្កើនភ្លើង'], down: ['បន្ថយពន្លឺ', 'បន្ថយភ្លើង', 'ស្រអាប់(?!ណាស់|ពេក)', 'ងងឹតជាង'] },
  // ಜಾಸ್ತಿ/ಕಮ್ಮಿ (more/less, spoken) with the light; "ಡಿಮ್ ಮಾಡು". Not ಮಂದಿ (people) nor "ಕಡಿಮೆ ಇದೆ" (it is low).
  kn: {
    up: ['ಹೆಚ್ಚು ಪ್ರಕಾಶಮಾನ', 'ಇನ್ನೂ ಪ್ರಕಾಶಮಾನ', `${KN_LIGHT}(?:ಹೆಚ್ಚಿಸ|ಜಾಸ್ತಿ ಮಾಡ|ಹೆಚ್ಚು ಮಾಡ|ಜಾಸ್ತಿ ಕೊಡ|ಹೆಚ್ಚು ಕೊಡ)`],
    // ಇಳಿಸು (lower), also after a level ("ಲೈಟ್ ಮೂವತ್ತು ಪರ್ಸೆಂಟಿಗೆ ಇಳಿಸು").
    down: ['ಮಂದ(?!ಿ)', `${KN_LIGHT}(?:ಕಡಿಮೆ ಮಾಡ|ಕಮ್ಮಿ ಮಾಡ|ತಗ್ಗಿಸ|ಕಡಿಮೆ ಕೊಡ|ಕಮ್ಮಿ ಕೊಡ|ಕಡಿಮೆ ಇಡ|ಇಳಿಸ)`, `${KN_LIGHT}(?:\\S+ )?ಇಳಿಸ`, `${word('ಡಿಮ್')} ಮಾಡ`],
  },
  lv: {
    up: [stem('gaišāk|spilgtāk|gaisak|spilgtak|vairāk gaismas|vairak gaismas'), `${stem('palielini|palieliniet|paaugstini')} (?:\\S+ )?${stem('spilgtum|gaism')}`],
    down: [stem('tumšāk|blāvāk|aptumšo|tumsak|mazāk gaismas|mazak gaismas'), `${stem('samazini|samaziniet|pazemini')} (?:\\S+ )?${stem('spilgtum|gaism')}`],
  },
  // കുറയ്ക്കുക (lower), not കുറവ് (low, said of the light as it is) nor കുറച്ച് (a little).
  ml: {
    up: ['തെളിച്ചം കൂട്ട', 'കൂടുതൽ വെളിച്ചം', 'കൂടുതൽ തെളിച്ചം', `${ML_LIGHT}(?:കൂട്ട|വർദ്ധിപ്പിക്ക|വർധിപ്പിക്ക|കൂടുതലാക്ക)`],
    down: ['തെളിച്ചം കുറ(?:യ്ക്ക|ക്ക)', 'മങ്ങ(?!ിയതാണ്|ിയാണ്)', `${ML_LIGHT}കുറ(?:യ്ക്ക|ക്ക)`, `${word('ഡിം')} (?:ചെയ്യ|ആക്ക)`, 'ഡിമ്മാക്ക'],
  },
  // бүдэг (dim) said of the light as it is ("бүдэг байна") asks for no dimming.
  mn: {
    up: [stem('илүү тод|тодруул|илүү гэрэлтэй|гэрэлтүүл'), `${stem('гэрэл|гэрл')}\\S* (?:\\S+ )?${stem('нэм|ихэсгэ|өсгө')}`],
    down: [`${stem('бүдэг')}(?! байна)`, stem('бүдгэр|илүү харанхуй|харанхуйл'), `${stem('гэрэл|гэрл')}\\S* (?:\\S+ )?${stem('багас|бууруул|сулруул')}`],
  },
  ms: {
    up: [stem('lebih terang|terangkan|cerahkan|lebih cerah'), `${stem('naikkan|tinggikan|tambah|tambahkan|tingkatkan')} (?:\\S+ )?${stem('kecerahan|cahaya')}`],
    down: [stem('lebih malap|malapkan|lebih gelap|gelapkan|dimkan'), `${stem('kurangkan|turunkan|rendahkan|kecilkan')} (?:\\S+ )?${stem('kecerahan|cahaya')}`, `${word('dim')}(?: kan)? ${stem('lampu')}`],
  },
  // မှိန်နေ (is dim) asks for no dimming.
  my: { up: ['ပိုလင်း', 'အလင်း ?(?:တိုး|မြှင့်)', 'မီး ?(?:တိုး|မြှင့်)'], down: ['မှိန်(?!နေ)', 'အလင်း ?လျှော့', 'မီး ?လျှော့', 'ပိုမှောင်'] },
  nb: {
    // "gjør lyset sterkere" (make the light stronger): the light named before the comparative.
    up: [stem('lysere(?! farge)|mer lys|sterkere lys'), '(?:lyset|lysene|lampen|lampene|belysningen) sterkere', 'skru opp (?:lyset|lampen|lampene|belysningen|lysstyrken)', 'skru (?:lyset|lampen|lampene|belysningen|lysstyrken) opp', '(?:øk|hev) lysstyrken'],
    down: [stem('mørkere(?! farge)|demp|dimm|mindre lys|svakere lys'), '(?:lyset|lysene|lampen|lampene|belysningen) svakere', 'skru ned (?:lyset|lampen|lampene|belysningen|lysstyrken)', 'skru (?:lyset|lampen|lampene|belysningen|lysstyrken) ned', '(?:senk|reduser|minsk) lysstyrken'],
  },
  ro: {
    up: [stem('mai luminos|mai luminoas|mai multă lumină|mai multa lumina'), `${stem('mărește|mareste|măriți|mariti|crește|creste|ridică|ridica|intensifică|intensifica')} (?:\\S+ )?${stem('luminozitat|lumin')}`, `${stem('lumin')}\\S* mai (?:tare|puternic)`],
    down: [stem('mai întunecat|mai intunecat|mai întunecos|mai intunecos|mai puțină lumină|mai putina lumina|estompeaz|atenueaz|diminueaz'), `${stem('scade|scădeți|scadeti|micșorează|micsoreaza|redu|reduceți|reduceti|coboară|coboara')} (?:\\S+ )?${stem('luminozitat|lumin')}`, `${stem('lumin')}\\S* mai slab`],
  },
  sl: {
    up: [stem('svetlejš|svetlejs|več svetlobe|vec svetlobe|posvetli'), `${stem('povečaj|povecaj|zvišaj|zvisaj|dvigni')} (?:\\S+ )?${stem('svetlost|svetilnost|osvetlitev|svetlob|luč')}`],
    down: [stem('temnejš|temnejs|zatemni|manj svetlobe'), 'zmanjšaj svetlobo', `${stem('zmanjšaj|zmanjsaj|znižaj|znizaj|spusti')} (?:\\S+ )?${stem('svetlost|svetilnost|osvetlitev|svetlob|luč')}`],
  },
  sq: {
    up: [stem('më e ndritshme|më shumë dritë|më shumë drite|me shume drite'), `${word('rrit|rritni|shto|shtoni')} (?:\\S+ )?${stem('ndriçim|drit|shkëlqim')}`],
    down: [stem('më e errët|më pak dritë|më pak drite|me pak drite|zbeh|errëso|erreso'), `${word('ul|ule|ulni|pakëso|pakësoni')} (?:\\S+ )?${stem('ndriçim|drit|shkëlqim')}`],
  },
  // "en ljusare färg" (a lighter colour) is a colour.
  sv: {
    // "gör ljuset starkare" (make the light stronger): the comparative after the light.
    up: [stem('ljusare(?! färg)|mer ljus|starkare ljus'), '(?:ljuset|lampan|lamporna|belysningen) (?:\\S+ )?starkare', 'skruva upp (?:ljuset|lampan|lamporna|belysningen|ljusstyrkan)', 'skruva (?:ljuset|lampan|lamporna|belysningen|ljusstyrkan) uppåt', '(?:höj|öka) ljusstyrkan'],
    down: [stem('mörkare(?! färg)|dämpa|dimma|mindre ljus|svagare ljus'), 'skruva ne[rd] (?:ljuset|lampan|lamporna|belysningen|ljusstyrkan)', '(?:sänk|minska) ljusstyrkan'],
  },
  // கூட்டு/குறை with the light, and the spoken ஜாஸ்தி/கம்மி (more/less); "டிம் பண்ணு". Said of the light as it is
  // ("பிரகாசமாக உள்ளது", "குறைவா இருக்கு", "மங்கலாக இருக்கு") it asks for no change.
  ta: {
    up: ['பிரகாசம் கூட்ட', 'அதிக பிரகாசமாக(?! (?:உள்ள|இருக்))', 'இன்னும் பிரகாசமா', `${TA_LIGHT}(?:கூட்டு|கூட்டி|அதிகரி|அதிகமாக்கு|ஜாஸ்தி பண்ணு|ஜாஸ்தியாக்கு|ஜாஸ்தியா (?:வை|போடு|பண்ணு))`],
    down: ['மங்கலாக(?! (?:உள்ள|இருக்))', 'பிரகாசம் குறை(?!வ)', 'குறைவாக பிரகாசமாக', `${TA_LIGHT}(?:குறை(?!வ)|கம்மி பண்ணு|கம்மியாக்கு|கம்மியா (?:வை|போடு|பண்ணு))`, `${word('டிம்')} (?:பண்ணு|செய்|ஆக்கு)`],
  },
  te: {
    up: ['మరింత ప్రకాశవంతం', `${TE_LIGHT}(?:పెంచ|ఎక్కువ చెయ్|ఎక్కువ చేయ)`],
    down: ['మసక(?!గా ఉ)', 'తక్కువ ప్రకాశవంతం', `${TE_LIGHT}(?:తగ్గించ|తక్కువ చెయ్|తక్కువ చేయ)`, `${word('డిమ్')} (?:చెయ్|చేయ)`],
  },
  // หรี่ (dim), not in บุหรี่ (a cigarette) nor หรี่เสียง (lower the sound).
  th: {
    up: ['สว่างขึ้น', 'สว่างกว่า', 'สว่างอีก', 'เพิ่มแสง', 'เพิ่มความสว่าง', 'เพิ่มไฟ', 'เร่งไฟ', 'เร่งแสง'],
    down: ['มืดลง', 'มืดกว่า', '(?<!บุ)หรี่(?!เสียง)', 'ลดแสง', 'ลดความสว่าง', 'ลดไฟ', 'สลัวลง'],
  },
  // Taglish "paki-dim", "mas bright", and the volume's verbs with the light ("hinaan ang ilaw").
  tl: {
    up: [stem('mas maliwanag|liwanagan|paliwanagin|pakiliwanag'), word('mas bright'), `${stem('lakasan|palakasin|taasan|dagdagan|pakilakas|pakitaas')} (?:mo )?(?:ang |yung |ng )?${stem('ilaw|liwanag|brightness')}`],
    down: [stem('mas madilim|dilimin|padilimin|pakidilim'), word('mas dim|i dim|paki dim'), `${stem('hinaan|pahinain|babaan|bawasan|pakihina|pakibaba')} (?:mo )?(?:ang |yung |ng )?${stem('ilaw|liwanag|brightness')}`],
  },
  // Said of the light as it is ("روشنی کم ہے", "مدھم ہے") it asks for no dimming.
  ur: {
    up: ['روشن تر', 'زیادہ روشن', 'روشنی بڑھا', `${UR_LIGHT}(?:بڑھا|تیز کر|زیادہ کر)`],
    down: ['مدھم(?! ہے)', 'روشنی کم(?! ہے| ہو)', `${UR_LIGHT}(?:کم کر|دھیمی کر|مدھم کر|ہلکی کر)`, `${word('ڈم')} کر`],
  },
  vi: {
    up: [word('sáng hơn|sáng lên|sáng thêm|thêm sáng|tăng độ sáng|tăng sáng|tăng ánh sáng')],
    down: [word('tối hơn|tối lại|tối bớt|tối xuống|tối đi|bớt sáng|giảm độ sáng|giảm sáng|giảm ánh sáng|hạ độ sáng|mờ đi|mờ hơn|làm mờ|dịu đi|dịu lại')],
  },
};

const COMPILED: ReadonlyMap<string, Readonly<Record<BrightnessDirection, RegExp>>> = new Map(
  Object.entries(WORDS).map(([lang, w]) => [lang, { up: anyOf(w.up), down: anyOf(w.down) }]),
);

/** The one brightness direction the cleaned `text` says in `lang` (no pack), or null (neither, or both). */
export function brightnessSaidOnly(text: string, lang: string): BrightnessDirection | null {
  const words = COMPILED.get(lang);
  return words ? saidOnly(text, words) : null;
}

/** Whether the cleaned `text` says a brightness direction, either way, in `lang` (no pack); null where `lang` has no words here. */
export function saysBrightness(text: string, lang: string): boolean | null {
  const words = COMPILED.get(lang);
  return words ? words.up.test(text) || words.down.test(text) : null;
}

/** The languages with brightness words here (for tests). */
export const BRIGHTNESS_WORD_LANGS: readonly string[] = Object.keys(WORDS);
