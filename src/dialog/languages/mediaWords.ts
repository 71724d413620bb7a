/**
 * Player words for MASSIVE's languages that have no pack yet: pause, resume, next, and what
 * plays ("pausa låten", "laita musiikki tauolle", "tạm dừng nhạc", "آهنگ رو متوقف کن").
 * Without them "pause the song" in these languages was read as a mute (the NLU's nearest
 * intent) or as a request to play a genre called "tauolle": in the seventh held-out set no
 * pause worked in any of its ten languages. The player repair (repair/media.ts) and the play
 * skill (skills/playback.ts) read these beside the packs' words.
 *
 * Regex sources on the lower-cased text (wordPatterns.ts); a word is a stem where the
 * language inflects it ("muzic" of "muzica", "zené" of "zenét").
 *
 * Measured on MASSIVE dev and train with v8 (the player repair, all 30 languages): dev
 * unchanged; train 33 readings change, 15 to MASSIVE's label, 16 away from it and 2 to neither,
 * all of them "stop" or "pause the music", which MASSIVE labels a mute and a play request alike
 * ("stop musikken" is both); the assistant pauses. Left out after that measurement: words that
 * also repeat or keep a song (Finnish "toista uudelleen", Persian "نگه دار", "دوباره پخش"),
 * music settings the NLU is sure of ("stop repeating this song"), Azerbaijani "keç" inside
 * "keçirilir" and Mongolian "дуу" (song) inside "дууд" (call).
 */
import { anyOf, stem, word } from './wordPatterns.ts';

export type MediaAction = 'pause' | 'resume' | 'next';

interface Words {
  pause: readonly string[];
  resume: readonly string[];
  next: readonly string[];
  nouns: readonly string[];
}

const WORDS: Readonly<Record<string, Words>> = {
  // Amharic "ዘፈኑን" (the song): the ending changes the stem's last letter, so "ዘፈ" is the stem.
  am: { pause: [stem('አቁም|አቁሚ|አቁመው|ለአፍታ|ፖዝ')], resume: [stem('ቀጥል|ቀጥይ')], next: ['ቀጣዩን ዘፈን', 'የሚቀጥለውን ዘፈን', stem('ዝለል')], nouns: [stem('ሙዚቃ|ዘፈ')] },
  az: { pause: [stem('dayandır|saxla|pauza')], resume: [stem('davam et')], next: [stem('növbəti'), word('keç')], nouns: [stem('musiqi|mahnı')] },
  af: { pause: [stem('pouse|stop'), 'hou op'], resume: [stem('hervat'), 'gaan voort', 'speel weer'], next: ['volgende liedjie', 'slaan oor'], nouns: [stem('musiek|liedjie')] },
  bn: { pause: ['থামা', 'বন্ধ কর', 'পজ'], resume: ['আবার চালাও'], next: ['পরের গান'], nouns: ['গান', 'মিউজিক', 'সঙ্গীত'] },
  ca: { pause: [stem('pausa|atura'), 'para la música'], resume: [stem('continua|reprèn|repren')], next: [stem('següent|salta')], nouns: [stem('música|musica|cançó|canço')] },
  cy: { pause: [stem('stopia|stopiwch|oedi|saib')], resume: [stem('ailddechrau|parha')], next: ['y gân nesaf', 'nesa'], nouns: [stem('cerddoriaeth|gerddoriaeth|cân|gân|chân')] },
  da: { pause: [stem('pause|stop')], resume: [stem('fortsæt|genoptag'), 'spil videre'], next: ['næste sang', 'spring over'], nouns: [stem('musik|sang|nummer')] },
  el: { pause: [stem('παύση|παυση|σταμάτ|σταματ')], resume: [stem('συνέχισ|συνεχισ|ξαναβάλ')], next: [stem('επόμεν|προσπέρασ')], nouns: [stem('μουσικ|τραγούδ|τραγουδ')] },
  fa: { pause: ['متوقف', 'قطع کن', 'استپ', 'توقف'], resume: ['ادامه'], next: ['آهنگ بعدی', word('بعدی')], nouns: ['آهنگ', 'موزیک', 'موسیقی'] },
  fi: { pause: [stem('tauolle|tauko|pysäytä|keskeytä'), word('seis')], resume: [stem('jatka')], next: ['seuraava kappale', stem('ohita|skippaa')], nouns: [stem('musiik|kappale|biisi')] },
  he: { pause: ['עצור', 'תעצור', 'השהה', 'תשהה', 'הפסק', 'תפסיק'], resume: ['המשך', 'תמשיך', 'תחזור לנגן'], next: ['השיר הבא', 'דלג', 'תדלג'], nouns: ['מוזיקה', 'שיר'] },
  hu: { pause: [stem('szüneteltet|szünet|állítsd le|leállít'), word('állj')], resume: [stem('folytasd|folytatás|indítsd újra')], next: [stem('következő|ugord át')], nouns: [stem('zené|zene|szám|dal')] },
  id: { pause: [stem('jeda|hentikan|berhenti'), word('stop')], resume: [stem('lanjutkan|teruskan'), 'putar lagi'], next: ['lagu berikut', stem('lewati|skip')], nouns: [stem('musik|lagu')] },
  hy: { pause: [stem('դադարեցր|կանգնեցր|դադար')], resume: [stem('շարունակ')], next: [stem('հաջորդ')], nouns: [stem('երաժշտ|երգ')] },
  is: { pause: [stem('pás|stöðva|stoppa')], resume: ['halda áfram', 'haltu áfram'], next: ['næsta lag', stem('sleppa')], nouns: [stem('tónlist'), word('lag|lagið')] },
  jv: { pause: [stem('mandhegna|mandheg|leren'), word('stop')], resume: [stem('terusna|lanjutna')], next: ['lagu sabanjure'], nouns: [stem('lagu|musik')] },
  ka: { pause: [stem('გააჩერე|შეაჩერე|დააპაუზე')], resume: [stem('განაგრძე')], next: [stem('შემდეგი')], nouns: [stem('მუსიკ|სიმღერ')] },
  mn: { pause: [stem('зогсоо|зогс')], resume: [stem('үргэлжлүүл')], next: [stem('дараагийн')], nouns: [stem('хөгжим|хөгжм'), word('дуу|дууг|дуугаа|дууны')] },
  ms: { pause: [stem('jeda|hentikan|berhenti'), word('stop')], resume: [stem('sambung|teruskan'), 'main semula'], next: ['lagu seterusnya', stem('langkau|skip')], nouns: [stem('muzik|lagu')] },
  nb: { pause: [stem('pause|stopp')], resume: [stem('fortsett|gjenoppta'), 'spill videre'], next: ['neste sang', 'hopp over'], nouns: [stem('musikk|sang|låt')] },
  ro: { pause: [stem('pauză|pauza|oprește|opreste'), word('stop')], resume: [stem('continuă|continua|reia|repornește')], next: [stem('următoare|urmatoare'), 'sari peste'], nouns: [stem('muzic|melodi|cântec|cantec|piesa|piesă')] },
  sl: { pause: [stem('ustavi|zaustavi|premor|pavza')], resume: [stem('nadaljuj')], next: [stem('naslednj|preskoči')], nouns: [stem('glasb|pesem|skladb')] },
  sq: { pause: [stem('ndalo|ndal|pauzë|pauze')], resume: [stem('vazhdo|rifillo')], next: [stem('tjetr|kalo')], nouns: [stem('muzik|këngë|kënga|kenge')] },
  sv: { pause: [stem('pausa|paus|stoppa')], resume: [stem('fortsätt|återuppta'), 'spela upp igen'], next: ['nästa låt', 'hoppa över'], nouns: [stem('musik|låt|sång')] },
  ta: { pause: ['நிறுத்து', 'நிறுத்த', 'பாஸ் பண்ணு'], resume: ['தொடரு', 'மறுபடி போடு', 'மறுபடி ப்ளே', 'திரும்ப ப்ளே'], next: ['அடுத்த பாட்டு'], nouns: ['பாட்', 'இசை', 'மியூசிக்'] },
  te: { pause: ['ఆపు', 'ఆపెయ్', 'ఆపేయ్', 'ఆపండి', 'పాజ్'], resume: ['కొనసాగించు', 'కంటిన్యూ'], next: ['తర్వాత పాట'], nouns: ['పాట', 'సంగీతం', 'మ్యూజిక్'] },
  // Thai is written without spaces: plain substrings.
  th: { pause: ['หยุด', 'พักเพลง'], resume: ['เล่นต่อ'], next: ['เพลงถัดไป'], nouns: ['เพลง', 'ดนตรี'] },
  tl: { pause: [stem('itigil|ihinto|pause')], resume: [stem('ituloy|ipagpatuloy')], next: [stem('susunod na kanta|laktawan')], nouns: [stem('kanta|musika|tugtog')] },
  // Khmer and Burmese are written without spaces: plain substrings. Burmese "ရပ်" (stop) only as a verb form,
  // "ကျော်" (skip) only as "ကျော်လိုက်": it is also in names ("ဖြူဖြူကျော်သိန်း").
  km: { pause: ['ផ្អាក', 'បញ្ឈប់', 'ឈប់ចាក់'], resume: ['ចាក់បន្ត', 'បន្តចាក់'], next: ['បទបន្ទាប់', 'រំលង'], nouns: ['ចម្រៀង', 'តន្ត្រី', 'ភ្លេង'] },
  kn: { pause: [stem('ನಿಲ್ಲಿಸ|ನಿಲ್ಸು|ಪಾಸ್ ಮಾಡ|ಪಾಜ್')], resume: [stem('ಮುಂದುವರಿಸ')], next: ['ಮುಂದಿನ ಹಾಡು'], nouns: [stem('ಹಾಡ|ಸಂಗೀತ|ಮ್ಯೂಸಿಕ್')] },
  ml: { pause: [stem('നിർത്ത|നിറുത്ത|നിര്‍ത്ത|പോസ് ചെയ്യ')], resume: [stem('തുടര')], next: ['അടുത്ത പാട്ട്'], nouns: [stem('പാട്ട|സംഗീത|മ്യൂസിക്')] },
  my: { pause: ['ရပ်ထား', 'ရပ်ပေး', 'ရပ်လိုက်', 'ခဏရပ်'], resume: ['ဆက်ဖွင့်'], next: ['နောက်သီချင်း', 'ကျော်လိုက်'], nouns: ['သီချင်း', 'ဂီတ'] },
  lv: { pause: [stem('apturi|pauze|pauzē|nopauzē')], resume: [stem('turpini|atsāc')], next: [stem('nākam|izlaid')], nouns: [stem('mūzik|dziesm')] },
  ur: { pause: ['بند کر', 'روکو', 'روک دو', 'پاز'], resume: ['دوبارہ چلاؤ'], next: ['اگلا گانا'], nouns: ['گانا', 'گانے', 'میوزک', 'موسیقی'] },
  vi: { pause: ['tạm dừng', word('dừng|ngừng'), 'tắt nhạc'], resume: ['tiếp tục', 'phát tiếp', 'mở lại', 'bật nhạc', 'mở nhạc', 'phát nhạc'], next: ['bài tiếp', 'bài kế', 'chuyển bài', 'bỏ qua'], nouns: [word('nhạc|bài hát|bài')] },
};

const READY: Readonly<Record<string, Readonly<Record<keyof Words, RegExp>>>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, w]) => [lang, { pause: anyOf(w.pause), resume: anyOf(w.resume), next: anyOf(w.next), nouns: anyOf(w.nouns) }]),
);

/** The player action `lang`'s own words say in `text` (lower-cased), and whether they name what plays; null where the language has no table. */
export function mediaSaidOnly(text: string, lang: string): { action: MediaAction | null; noun: boolean } | null {
  const re = Object.hasOwn(READY, lang) ? READY[lang] : undefined;
  if (!re) return null;
  const t = text.toLowerCase();
  // Resume before pause: "fortsätt" holds no pause word, but "stop pausing" style phrases would.
  const action = re.resume.test(t) ? 'resume' : re.pause.test(t) ? 'pause' : re.next.test(t) ? 'next' : null;
  return { action, noun: re.nouns.test(t) };
}

/** The languages with player words here (for tests). */
export const MEDIA_WORD_LANGS: readonly string[] = Object.keys(WORDS);
