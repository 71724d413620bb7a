/**
 * The words that switch a light on or off, for MASSIVE's languages that have no pack yet:
 * "tänd ljuset", "sluk lyset", "bật đèn", "aprinde lumina", "הדלק את האור". The NLU confuses
 * the light intents with each other (MASSIVE has about 22 "on" commands per locale against 153
 * "off" ones), and without a pack nothing checked its reading against what was said: "det är
 * mörkt här tänd ljuset" dimmed the light, "slå lyset til" turned it off.
 *
 * Regex sources, matched on the cleaned lower-case text; a source begins and ends where a
 * stem would (so "tänd" also finds "tända" and "tänder"). They are read only when the NLU
 * already reads a light intent: "bật" and "sätt på" also switch on a radio. Where a short
 * word could hide inside another, it is bounded by letters: Thai ปิด (off) is a part of เปิด
 * (on).
 */
import { LETTER, anyOf, saidOnly, stem, word } from './wordPatterns.ts';

/** Romanian lamp words, for the verbs that also open and stop other things ("deschide", "oprește"). */
const RO_LAMP = 'lumin|lamp|veioz|bec|iluminat|plafonier';

const WORDS: Readonly<Record<string, { on: readonly string[]; off: readonly string[] }>> = {
  // "maak die lig aan/af" as well as "skakel/sit ... aan/af"; the lamp and "aan" alone, as a short command ("kombuislig af").
  af: {
    on: [stem('aanskakel'), `${word('skakel|sit|maak')}.*${word('aan')}`, '(?:lig|ligte|lamp|lampe) aan$'],
    // Not "draai/verlaag die ligte af": turning down as well as off (MASSIVE labels it dimming).
    // "maak die ligte dood" (make the lights dead): off, as people say it.
    off: [stem('afskakel|doof'), `${word('skakel|sit|maak')}.*${word('af')}`, `${word('maak')}.*${word('dood')}`],
  },
  // አብራ/አብሪ/አብሩ (m/f/polite), ያብሩ (please), ታበራ… (will you switch on: ታበራለህ, ታበራልኛለህ): not
  // አብራራ (explain) nor አብሩህ (bright, which brightens).
  am: { on: ['አብራ(?!ራ)', 'አብሪ', 'አብሩ(?!ህ)', 'ያብሩ(?!ህ)', 'ታበራ(?!ራ)', 'ታበሪ', word('ኦን')], off: ['አጥፋ', 'አጥፊ', 'አጥፉ', 'ያጥፉ', word('ኦፍ')] },
  // Not "işıqlandırma" (the lighting, a noun); not "qoş", which also adds to a list.
  az: { on: [stem('yandır'), `${stem('işıqlandır')}(?!ma)`, word('aç|açın|açsana|açarsan|açarsız')], off: [stem('söndür|bağla')] },
  // জালাও: the spoken spelling without the ব-ফলা. Not বন্ধু (a friend).
  bn: { on: ['জ্বালা', 'জ্বালি', 'জালাও', 'জালিয়ে', 'চালু', word('অন')], off: ['নেভা', 'নিভা', 'নিভি', 'বন্ধ(?!ু)', word('অফ')] },
  // "obre/tanca el llum" (open/close the light) is everyday Catalan; with the lamp only, since both also open a door.
  ca: {
    on: [stem('enc[eé]n|engeg|activa|activeu|activar'), `${stem('obre|obriu|obrir|obri')} (?:\\S+ )?${stem('llum|làmpad|bombet|flexo')}`],
    off: [stem('apag|desactiva|desactiveu|desactivar'), `${stem('tanca|tanqueu|tancar|tanqui')} (?:\\S+ )?${stem('llum|làmpad|bombet|flexo')}`],
  },
  // Soft and aspirate mutations ("wnei di gynnau'r golau", "ddiffodd"); not "cynnes" (warm) nor "yn gynnar" (early).
  cy: { on: [stem('(?:c|g|ch)ynn(?:au|a(?!r)|wch)'), word('ymlaen')], off: [stem('diffodd|ddiffodd'), 'i ffwrdd'] },
  // "sæt lyset på 50 procent" sets a level: no "på" before a number.
  da: { on: [stem('tænd'), `${word('slå|sæt|tag')}(?: \\S+)? ${word('til|på')}(?!\\s*\\d)`], off: [stem('sluk'), `${word('slå')}(?: \\S+)? ${word('fra')}`] },
  // Also as typed without accents. "ανάβ" but not "αναβολή" (snooze); "ανοιχτό" (light, of a colour) is neither.
  el: {
    on: [stem('άναψ|ανάψ|ανάβ|άνοιξ|ανοίξ|ανοίγ|αναψ|αναβε|αναβω|αναβει|ανοιξ|ανοιγ|ενεργοποί|ενεργοποι')],
    off: [stem('σβήσ|σβησ|σβήν|σβην|κλείσ|κλεισ|κλείν|κλειν|απενεργοποί|απενεργοποι')],
  },
  // روشن‌تر (brighter) and روشنایی (the light, a noun) hold روشن (on).
  fa: { on: ['روشن(?!\\u200c?\\s?تر|ایی|ی)'], off: ['خاموش'] },
  // "laita valot himmeämmälle" (dimmer) is no "on". "sulje valot" (close the lights) is spoken for "off".
  fi: {
    on: [stem('sytyt|sytytä'), stem('päälle'), `${stem('laita|pistä')}.*${stem('valo')}(?!.*(?:${stem('pois')}|himme|kirkk|tumm|valoisam|\\d))`],
    off: [stem('sammut'), stem('pois päältä'), `${stem('valo\\S*')} pois`, `${stem('sulje|sulkekaa|sulkisitko|suljetko')} (?:\\S+ )?${stem('valo(?!kuv)|lamp|valaisi')}`],
  },
  // "תפתח/תסגור את האור" (open/close the light) is everyday Israeli speech; with the light only.
  // Not כביש (a road) nor כביסה (the laundry).
  he: {
    on: ['הדלק', 'דליק', '(?:ת?פתח|תפתחי|פתחי|לפתוח|הפעל|תפעיל|תפעילי|הפעילי|להפעיל) את ה(?:אור|מנור|נור|תאור)'],
    off: ['כבה', 'כבות', 'תכב', 'כבי(?!ש|ס)', '(?:ת?סגור|תסגרי|סגרי|לסגור) את ה(?:אור|מנור|נור|תאור)'],
  },
  // Hungarian splits its verb prefixes: "fel tudnád kapcsolni", "kapcsold le", and "lámpát fel".
  // Not "fényerőt fel/le" (the brightness up/down).
  hu: {
    on: [stem('(?:fel|be)kapcsol|felgyújt'), `${stem('kapcsol\\S*')} ${word('fel|be')}`, `${word('fel|be')} \\S+ ${stem('kapcsol')}`, stem('gyújts'), `${stem('lámpá|villany|fény(?!erő)')}\\S* ${word('fel|be')}`, `${word('kapcsolj')} ${stem('villany|lámpá|fény')}`],
    off: [stem('(?:le|ki)kapcsol'), `${stem('kapcsol\\S*')} ${word('le|ki')}`, `${word('le|ki')} \\S+ ${stem('kapcsol')}`, stem('olts|oltsd|kiolt|leolt'), `${stem('lámpá|villany|fény(?!erő)')}\\S* ${word('le|ki')}`],
  },
  // վառ alone is "bright" (ավելի վառ, brighter): only the verb's forms.
  hy: { on: [stem('վառ(?:ի|ե)|միացր|միացն')], off: [stem('անջատ|հանգցր|հանգցն|մարիր|մարեք|մարել')] },
  id: { on: [stem('nyala|hidup|hidupin|nyalain|idupin|idupkan|aktifkan|aktifin')], off: [stem('mati|dimati|padam|dipadam|nonaktif')] },
  is: { on: [stem('kveik')], off: [stem('slökk')] },
  jv: {
    on: [stem('urup|urip|nyalak|nguripk|nguripak|ngurupk|ngurupak|idupk|idupna|idupno|idupin')],
    off: [stem('paten|mateni|dipateni|dipadamke|padamke|pademke|matekna|matekno|matikna|matikno|matikan|matiin|mejahi|dipejahi')],
  },
  // With the object marker of "for me": ამინთე, ჩამირთე, ჩამიქრე, გამომირთე. გათიშე (disconnect) is also said.
  ka: { on: ['აანთ', 'ჩართ', 'ამინთ', 'ჩამირთ'], off: ['ჩააქრ', 'გამორთ', 'ჩამიქრ', 'გამომირთ', 'გათიშ'] },
  // អុជ (light a lamp) and ពន្លត់ (put out).
  km: { on: ['បើក', 'អុជ'], off: ['បិទ', 'ពន្លត់'] },
  // ಹಾಕು (put) at a word's start: not ತೆಗೆದುಹಾಕು (remove), nor "put" into a list (ಪಟ್ಟಿಗೆ ಹಾಕು).
  // ಆರಿಸು also means "choose": not after a colour (ಬಣ್ಣ ಆರಿಸು).
  kn: {
    on: [`(?<!(?:ತೆಗೆದು|ಪಟ್ಟಿ\\S*|ಲಿಸ್ಟ್\\S*) )${stem('ಹಾಕು|ಹಾಕಿ|ಹಾಕೋ|ಹಾಕ್ಬಿಡ|ಹಚ್ಚು|ಹಚ್ಚಿ|ಹಚ್ಚೋ|ಉರಿಸ')}`, word('ಆನ್')],
    off: ['(?<!ಬಣ್ಣ\\S* )ಆರಿಸ', 'ಆರ್ಸ', 'ನಂದಿಸ', word('ಆಫ್'), 'ಬಂದ್ ಮಾಡ'],
  },
  // Also as typed without diacritics.
  lv: { on: [stem('ieslēdz|ieslēg|iededz|iedegt|iesledz|ieslegt')], off: [stem('izslēdz|izslēg|nodzēs|izsledz|izslegt|nodzes')] },
  // ഇടുക/ഇട്/ഇടൂ (put) at a word's start, not in a list (ലിസ്റ്റിൽ ഇടുക); "ഓണാക്ക്", "ഓഫാക്ക്" as written joined.
  ml: {
    on: [`(?<!(?:ലിസ്റ്റ|പട്ടിക)\\S* )${stem('ഇട(?:ുക(?!്ക)|ൂ|്|ാമോ|ണം|ുമോ)')}`, 'തെളിക്ക', 'കത്തിക്ക', word('ഓൺ'), 'ഓണാക്ക'],
    off: ['അണയ്ക്ക', 'അണക്ക', 'കെടുത്ത', word('ഓഫ്'), 'ഓഫാക്ക'],
  },
  mn: { on: [stem('асаа')], off: [stem('унтраа')] },
  // "buka/pasangkan lampu", and the English "on"/"off" with the lamp ("tolong on kan lampu", "lampu bilik off").
  // "onkan lampu", as a recognizer writes the spoken "on-kan" (switch on).
  ms: {
    on: [stem('nyala|hidup|pasang lampu|buka lampu'), `${stem('pasang|buka')}\\S* ${stem('lampu|mentol')}`, `${word('on|onkan|on kan')} ${stem('lampu|mentol')}`, `${stem('lampu')}(?: \\S+)? ${word('on')}`],
    off: [stem('mati|padam|tutup lampu'), `${stem('tutup')}\\S* ${stem('lampu|mentol')}`, `${word('off|offkan|off kan')} ${stem('lampu|mentol')}`, `${stem('lampu')}(?: \\S+)? ${word('off')}`],
  },
  // ထွန်း (light a lamp), ငြိမ်း (put out).
  my: { on: ['ဖွင့်', 'ထွန်း'], off: ['ပိတ်', 'ငြိမ်း'] },
  // "lyset på", "vardagsrumsbelysningen på": the lamp and "on" alone, as a recognizer writes a short command.
  // Nynorsk "ljos", "sløkk"; no "på" before a number ("sett lyset på 50 prosent" sets a level). The lamp
  // is looked for only behind a final "på"/"av", so a long word is read once.
  nb: {
    on: [stem('tenn(?!is)'), `${word('skru|slå|sett')}(?: \\S+)? ${word('på')}(?!\\s*\\d)`, ` på$(?<=(?:lys|lampe|belysning|ljos)\\S* på)`],
    off: [stem('slukk|sløkk'), `${word('skru|slå')}(?: \\S+)? ${word('av')}`, ` av$(?<=(?:lys|lampe|belysning|ljos)\\S* av)`],
  },
  // "dă drumul la lumină" (let the light go), and "pornește/oprește/închide" with the lamp.
  ro: {
    on: [stem('aprin|pornește lumina|porneste lumina|deschide lumina'), `${stem('pornește|porneste|porniți|porniti|deschide|deschideți|deschideti')} (?:\\S+ )?${stem(RO_LAMP)}`, `${word('dă|da|dați|dati')} drumul la ${stem(RO_LAMP)}`],
    off: [stem('sting|oprește lumina|opreste lumina|închide lumina|inchide lumina'), `${stem('oprește|opreste|opriți|opriti|închide|inchide|închideți|inchideti')} (?:\\S+ )?${stem(RO_LAMP)}`],
  },
  // "ugasni" and "ugasi"; "vključi/izključi" (connect/disconnect); also without diacritics.
  sl: { on: [stem('prižg|prizg|vklop|vključ|vkljuc')], off: [stem('ugas|izklop|izključ|izkljuc')] },
  // "hape/mbylle dritën" (open/close the light) is everyday Albanian; with the light only.
  sq: {
    on: [stem('ndiz'), `${word('hap|hape|hapni|hapeni')} (?:\\S+ )?${stem('drit|llamb')}`],
    off: [word('fik|fike|fikni|fikeni'), stem('shua'), `${word('mbyll|mbylle|mbyllni|mbylleni')} (?:\\S+ )?${stem('drit|llamb')}`],
  },
  // No "på" before a number ("sätt ljuset på 50 procent" sets a level).
  sv: {
    on: [stem('tänd'), `${word('slå|sätt|knäpp')}(?: \\S+)? ${word('på')}(?!\\s*\\d)`, ` på$(?<=(?:ljus|lamp|belysning)\\S* på)`],
    off: [stem('släck'), `${word('slå|stäng|knäpp')}(?: \\S+)? ${word('av')}`, ` av$(?<=(?:ljus|lamp|belysning)\\S* av)`],
  },
  // போடு (put) is no "on" after a level ("கம்மியா போடு", put it low) nor in a list. ஏத்து/ஏற்று (light) only with the lamp.
  // "ஆப்" (off) also spells "app": only before the verb.
  ta: {
    on: [`(?<!(?:கம்மி|குறை|டிம்|அதிக|ஜாஸ்தி|லிஸ்ட்|பட்டியல)\\S* )(?:போடு|போட்டு ?விடு)`, 'எரிய', '(?:விளக்க|தீப)\\S* (?:ஏத்து|ஏற்று)', word('ஆன்')],
    off: ['அணை', word('ஆஃப்'), 'ஆப்(?= (?:பண்ண|செய்|ஆக்க))'],
  },
  // వేయి/వెయ్ (put) at a word's start: ఆర్పివేయి (put out) holds వేయి.
  te: {
    // "ఆపి వేయండి" (stop-put: switch off) holds వేయండి (put: switch on).
    on: [`(?<!(?:ఆపి|ఆర్పి) ?)${stem('వేయి|వెయ్|వేయండి|వేసెయ్|వేసేయ్')}`, 'వెలిగించ', word('ఆన్')],
    off: ['ఆర్ప', 'ఆపి ?వే', 'ఆపే', 'ఆపెయ్', word('ఆపు'), word('ఆఫ్'), 'బంద్ చ(?:ెయ్|ేయ)'],
  },
  // เปิด is on and contains ปิด, off: off only where no เ comes before it. ดับ (put out), not in ระดับ (a level) nor ลำดับ (an order).
  th: { on: ['เปิด'], off: ['(?<!เ)ปิด', '(?<!ระ|ลำ)ดับ(?!เบิ)'] },
  // clean() splits "i-on" into "i on". Taglish "paki-turn off" too.
  tl: {
    on: [stem('buksan|pakibuksan|sindihan|pakisindi|isindi|buhayin|pakibuhay'), word('i on|paki on|turn on|switch on')],
    off: [stem('patayin|pakipatay'), word('i off|paki off|turn off|switch off'), `${stem('isara|pakisara')} (?:mo )?(?:ang |yung |ng )?${stem('ilaw')}`],
  },
  // کھول (open) with the lamp, as spoken in Pakistan ("لائٹ کھول دو"). جلا (light) not in اجلاس (a meeting).
  ur: { on: ['(?<!ا)جلا(?!س)', 'چالو', 'آن کر', '(?:(?<!ف)لائٹ|بتی|بلب)\\S* (?:\\S+ )?کھول'], off: ['بجھا', 'بند کر', 'آف کر'] },
  vi: { on: [word('bật|mở|thắp')], off: [word('tắt')] },
};

/**
 * The words for a light (light, lamp, bulb, lighting, the bedside lamp) in the same languages:
 * with a switch word they make a light command that the NLU may not have read as one. It
 * learned "light" from MASSIVE's few phrasings, so "aprinde veioza" (the bedside lamp) was
 * read as cleaning and "άναψε το πορτατίφ" as an audiobook. Where a language compounds
 * nouns with the head last, the lamp is matched inside a word too: "olvasólámpa", "taklampan".
 */
const LIGHTS: Readonly<Record<string, readonly string[]>> = {
  // A light at a word's end too ("kombuislig"), but not "liggaam" (a body) nor "heilig" (holy).
  af: [`(?<!hei)lig(?:te|gie|gies)?(?!${LETTER})`, stem('beligting|kroonlugter'), 'lamp'],
  // The last syllable changes with the ending (መብራት, መብራቱን, the light as an object). Not ፍላይት (a flight).
  am: ['መብራ[ትቱቶቲ]', 'አምፖ[ልሉሎሊ]', '(?<!ፍ)ላይ[ትቱቶቲ]', 'ፋኖ[ስሱሶ]'],
  // işığı: the q of işıq turns ğ before a vowel.
  az: [stem('işıq|işığ|lampa|çıraq|çilçıraq|lampoçka|abajur|torşer')],
  // Not আলোচনা (a discussion), বাতিল (cancel) nor ফ্লাইট (a flight).
  bn: ['আলো(?!চ)', '(?<!ফ্)লাইট', 'বাতি(?!ল)', 'বাল্ব', 'ল্যাম্প'],
  ca: [stem('llum|làmpad|lampad|bombet|il·lumina|il.lumina|llànti|flexo|fanal')],
  // With their mutations: "ei olau", "fy ngolau".
  cy: [stem('golau|goleuad|olau|oleuad|ngolau|ngoleuad|lamp|bylb|canhwyllyr')],
  da: [stem('lys|belysning'), 'lampe', 'lamper', 'pære'],
  el: [stem('φως|φώτ|φωτα|φωτων|φωτός|φωτος|λάμπ|λαμπ|πορτατίφ|πορτατιφ|φωτισμ|φωτιστικ|πολυέλαι|πολυελαι|γλόμπ|γλομπ|αμπαζούρ|αμπαζουρ')],
  // Not نوروز (the new year).
  fa: ['چراغ', 'لامپ', `${stem('نور')}(?!وز)`, 'روشنایی', 'آباژور', 'لوستر', 'مهتابی'],
  fi: [stem('valo|valaistu|valaisi|kattokruunu|polttimo'), 'lamppu', 'lampu', stem('katto|yö|pöytä|luku|lattia') + 'valo'],
  // אור (light) is inside other words (האורך, the length): a word, with the letters Hebrew writes onto it.
  he: [word('[הלבושמ]?(?:אור|אורות)'), 'מנור', 'נורה', 'נורות', 'תאורה', 'תאורת', 'נברשת'],
  hu: [stem('villany|fény|világítás|csillár|égő'), 'lámpa', 'lámpá', 'izzó'],
  // Not ջահել (young).
  hy: ['լույս', 'լամպ', 'լուսավոր', 'ջահ(?!ել)', 'լուսամփոփ', 'լապտեր'],
  id: [stem('lampu|penerangan|bohlam|cahaya')],
  is: ['ljós', 'lamp', word('pera|peru|perur|perurnar|peruna')],
  jv: [stem('lampu|damar|bohlam|lampion')],
  ka: ['შუქ', 'სინათლ', 'ნათურ', 'ლამპ', 'ლამფ', 'განათებ', 'ჭაღ', 'ტორშერ', 'სანათ'],
  km: ['ភ្លើង', 'អំពូល', 'ចង្កៀង', 'ពន្លឺ'],
  // Stems without the virama: "ಲೈಟನ್ನು", "ಬಲ್ಬನ್ನು", "ಬೆಳಕನ್ನು" (in a case). Not ಫ್ಲೈಟ್ (a flight), nor ಪ್ರದೀಪ (a name).
  kn: [stem('ದೀಪ'), '(?<!ಫ್)ಲೈಟ', 'ಬಲ್ಬ', 'ಬೆಳಕ', 'ಲ್ಯಾಂಪ'],
  lv: [stem('gaism|lamp|spuldz|apgaismojum|lustr|toršer')],
  // Stems without the final vowel sign or virama: "விளக்கை", "വിളക്കിന്റെ" (the light, in a case); not "விளக்கம்" (an explanation).
  // Not ഫ്ലൈറ്റ് (a flight) nor വെളിച്ചെണ്ണ (coconut oil).
  ml: ['(?<!ഫ്)ലൈറ്റ', 'വിളക്ക', 'ബൾബ', 'വെളിച്ച(?!െ)', 'ലാമ്പ'],
  // гэрэл drops its vowel in a case: "гэрлийг".
  mn: [stem('гэрэл|гэрл|чийдэн|дэнлүү|лампа')],
  ms: [stem('lampu|cahaya|mentol|pencahayaan|candelier|chandelier')],
  // Not မီးရထား (a train) nor မီးဖို (a stove, a kitchen).
  my: ['မီး(?!ရထား|ဖို)'],
  nb: [stem('lys|taklys|belysning|ljos'), 'lampe', 'lamper', 'lampa', 'lyspære'],
  ro: [stem(`${RO_LAMP}|becul|becuri|candelabr|lustr`)],
  sl: [stem('luč|luc|svetil|žarnic|zarnic|razsvetljav|lestenc|lamp')],
  sq: [stem('drit|llamb|abazhur|ndriçim'), word('poç|poçi|poçin|poçat')],
  sv: [stem('ljus|takljus|belysning'), 'lampa', 'lampan', 'lampor'],
  ta: ['விளக்க(?!ம்)', 'லைட்', 'வெளிச்ச', 'பல்ப', 'லேம்ப'],
  // Not ఫ్లైట్ (a flight).
  te: ['(?<!ఫ్)లైట', stem('దీప'), 'బల్బ', 'వెలుగు', 'వెలుతురు', 'ల్యాంప'],
  // Not a plug (ปลั๊กไฟ), a train (รถไฟ), a file (ไฟล์), electricity (ไฟฟ้า) nor a fire (ไฟไหม้).
  th: ['(?<!ปลั๊ก|รถ)ไฟ(?!ล์|ฟ้า|ไหม้)', 'โคม', 'แสงสว่าง'],
  tl: [stem('ilaw|lampara|bumbilya|chandelier'), word('light|lights')],
  // Not فلائٹ (a flight).
  ur: ['(?<!ف)لائٹ', 'بتی', 'روشنی', 'چراغ', 'بلب', 'لیمپ', 'فانوس'],
  vi: [word('đèn|bóng đèn|ánh sáng')],
};

const COMPILED: Readonly<Record<string, { switch: Readonly<Record<'on' | 'off', RegExp>>; light: RegExp | null }>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, w]) => {
    const light = LIGHTS[lang];
    return [lang, { switch: { on: anyOf(w.on), off: anyOf(w.off) }, light: light ? anyOf(light) : null }];
  }),
);

/** Which way the cleaned `text` switches a light in `lang` (no pack): 'on', 'off', or null (neither or both). */
export function switchSaidOnly(text: string, lang: string): 'on' | 'off' | null {
  const words = COMPILED[lang];
  return words ? saidOnly(text, words.switch) : null;
}

/** Whether the cleaned `text` names a light in `lang` (no pack). */
export function saysLight(text: string, lang: string): boolean {
  return COMPILED[lang]?.light?.test(text) ?? false;
}

/** The languages with switch words here (for tests). */
export const SWITCH_WORD_LANGS: readonly string[] = Object.keys(WORDS);

/** The languages with light words here (for tests). */
export const LIGHT_WORD_LANGS: readonly string[] = Object.keys(LIGHTS);
