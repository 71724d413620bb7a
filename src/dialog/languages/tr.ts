/**
 * Turkish. Case endings are glued to numbers (yedide "at seven", sekize "to eight",
 * yediyi "seven (acc.)", dördüncü "fourth"), so number words are read with their suffix
 * removed; "saat yedi" is seven o'clock, "yedi saat" seven hours.
 */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/tr.ts';

const TENS = ['on', 'yirmi', 'otuz', 'kırk', 'kirk', 'elli', 'altmış', 'altmis', 'yetmiş', 'yetmis', 'seksen', 'doksan'];
/** Case, ordinal and possessive endings after a number, longest first (vowel harmony gives four or two forms). */
const SUFFIXES = [
  'ıncı', 'inci', 'uncu', 'üncü', 'ncı', 'nci', 'ncu', 'ncü', 'dan', 'den', 'tan', 'ten', 'nın', 'nin', 'nun', 'nün', 'lık', 'lik', 'luk', 'lük',
  'da', 'de', 'ta', 'te', 'ya', 'ye', 'yı', 'yi', 'yu', 'yü', 'sı', 'si', 'su', 'sü', 'ın', 'in', 'un', 'ün', 'a', 'e', 'ı', 'i', 'u', 'ü',
];

/** A number word with a suffix, or written together with its tens (yirmibeş, onbirde). */
function derived(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const bare = (w: string): number | undefined => {
    if (table.has(w)) return table.get(w);
    for (const suffix of SUFFIXES) {
      if (!w.endsWith(suffix) || w.length <= suffix.length) continue;
      const stem = w.slice(0, -suffix.length);
      // dört → dördü, dördüncü: a final t softens to d before a vowel.
      const v = table.get(stem) ?? (stem.endsWith('d') ? table.get(`${stem.slice(0, -1)}t`) : undefined);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const v = bare(word);
  if (v !== undefined) return v;
  const tens = TENS.find((t) => word.startsWith(t) && word.length > t.length);
  const unit = tens === undefined ? undefined : bare(word.slice(tens.length));
  return tens !== undefined && unit !== undefined && unit < 10 ? table.get(tens)! + unit : undefined;
}

export const tr: LanguagePack = {
  code: 'tr',
  unspaced: false,
  suffixed: true,
  // The dotted capital İ lower-cases to i + U+0307; suffixes after an apostrophe ("7'de", "Ankara'da") are dropped.
  fold: (t) => t.replace(/\u0307/g, '').replace(/([\p{L}\p{N}])'\p{L}+/gu, '$1'),
  numbers: {
    units: 'sıfır|sifir bir iki üç|uc dört|dort beş|bes altı|alti yedi sekiz dokuz on',
    tens: 'yirmi otuz kırk|kirk elli altmış|altmis yetmiş|yetmis seksen doksan',
    hundred: 'yüz|yuz',
    joiners: [],
    extra: { bin: 1000 },
    derived,
  },
  clock: {
    am: ['a.m.', 'sabah', 'sabahleyin', 'öğleden önce', 'ogleden once'],
    pm: ['p.m.', 'öğleden sonra', 'ogleden sonra', 'akşam', 'aksam', 'ikindi'],
    night: ['gece'],
    midday: ['öğlen', 'öğle', 'oglen'],
    noon: ['öğlen', 'öğle', 'oglen'],
    midnight: ['gece yarısı', 'gece yarisi'],
    rules: [
      // yedi buçuk, yedi buçuğa (to half past seven).
      [new RegExp(`${H} buçu[kğ]`), (m) => [n(m[1]), 30]],
      // altıya çeyrek kala: a quarter remaining to six (5:45).
      [new RegExp(`${H} çeyrek kala`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} ${H} (?:dakika )?kala`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      // "sekize çeyrek var": a quarter is missing to eight (7:45); "yediyi çeyrek geçe": 7:15.
      [new RegExp(`${H} çeyrek var`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} çeyrek geç`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} ${H} (?:dakika )?var`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} ${H} (?:dakika )?geç`), (m) => [n(m[1]), n(m[2])]],
      [/saat yarım/, () => [12, 30]],
    ],
  },
  dates: {
    // Words take suffixes (yarına, perşembeye): relative words and day names match at word starts.
    relative: {
      bugün: 0, bugun: 0, 'bu akşam': 0, 'bu aksam': 0, 'bu gece': 0, yarın: 1, yarin: 1, 'öbür gün': 2, 'obur gun': 2,
      'yarından sonra': 2, 'ertesi gün': 1, dün: -1, 'evvelsi gün': -2,
    },
    // Pazartesi (Monday) starts with pazar (Sunday), cumartesi (Saturday) with cuma (Friday).
    weekdays: ['pazar(?!tesi)', 'pazartesi', 'salı|sali', 'çarşamba|carsamba', 'perşembe|persembe', 'cuma(?!rtesi)', 'cumartesi'],
    months: ['ocak', 'şubat|subat', 'mart', 'nisan', 'mayıs|mayis', 'haziran', 'temmuz', 'ağustos|agustos', 'eylül|eylul', 'ekim', 'kasım|kasim', 'aralık|aralik'],
    next: ['gelecek', 'önümüzdeki', 'onumuzdeki', 'haftaya', 'sonraki'],
    inDays: /(?<!\d)(\d+) gün (?:sonra|içinde)/,
  },
  durations: {
    units: ['saniye', 'dakika', 'saat'],
    halves: [[/(?<![\d.])(\d+) buçuk dakika/, 60]],
    fixed: [[/yarım saat/, 1800], [/çeyrek saat/, 900], [/yarım dakika/, 30]],
    andHalf: /(?<![\d.])(\d+) buçuk saat/,
  },
  cues: {
    timerWords: ['zamanlayıcı', 'zamanlayici', 'sayaç', 'sayac', 'geri sayım', 'geri sayim'],
    alarmVerbs: { set: ['kur', 'ayarla', 'koy', 'uyandır', 'uyandir', 'oluştur', 'olustur'], remove: ['sil', 'iptal', 'kaldır', 'kaldir', 'kapat', 'durdur', 'kurtul', 'devre dışı', 'devre disi'] },
    alarmWords: ['alarm'],
    wakeWords: ['uyandır', 'uyandir'],
    // "Kaldırmak" is also "to remove": only with "beni" (me), before it or right after, is it
    // "get me up" ("beni yarın altıda kaldır", "sabah beşte kaldır beni").
    wakeAround: /(?:^|\s)beni\s(?:\S+\s){0,4}?kald[ıi]r(?:\s|$)|(?:^|\s)kald[ıi]r beni(?:\s|$)/u,
    // "saat yedi" (clock) before the number; a length is followed by sonra/içinde/boyunca.
    clockBefore: 'saat',
    clockWords: /(?:^|\s)saat \d/,
    timerAfter: /^\s*(?:sonra|içinde|icinde|boyunca)/,
  },
  colours: {
    red: 'kırmızı|kirmizi', orange: 'turuncu|portakal', yellow: 'sarı|sari', green: 'yeşil|yesil', blue: 'mavi', purple: 'mor|eflatun|lavanta',
    pink: 'pembe', white: 'beyaz', warm: 'sıcak|sicak|ılık|ilik', cool: 'soğuk|soguk|serin',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [/(?<!\s)\s*liste(?:si|sine|sinde|sinden|yi|ye|de|den|m|me|mde|mden|mize)?$/iu, /^liste\s+/iu],
    // Verb last: "alışveriş listesine elma ekle", "elmayı listeye ekle".
    add: [
      p('(?:listesine|listeme|listeye|listemize)', " (.+?)(?:'\\p{L}+)? (?:ekle|yaz|koy|kaydet)", 'iu'),
      p('^', "(.+?)(?:'\\p{L}+)? (?:\\S+ )?(?:listesine|listeme|listeye|listemize) (?:ekle|yaz|koy|kaydet)", 'iu'),
    ],
    remove: [
      p('(?:listesinden|listemden|listeden)', " (.+?)(?:'\\p{L}+)? (?:sil|çıkar|cikar|kaldır|kaldir)", 'iu'),
      p('^', "(.+?)(?:'\\p{L}+)? (?:\\S+ )?(?:listesinden|listemden|listeden) (?:sil|çıkar|cikar|kaldır|kaldir)", 'iu'),
    ],
    placeholders: ['bir şey', 'bir sey', 'bişey', 'bir şeyler', 'bir öğe', 'öğe', 'bir ürün'],
    separators: /,|\sve\s|\sile\s|\s&\s/iu,
    knownItems: KNOWN_ITEMS,
    create: ['oluştur', 'olustur', 'yeni liste', 'yarat'],
  },
  maths: {
    fromForms: [[/(?<![\d.])(\d+(?:\.\d+)?) ?'?(?:den|dan|ten|tan) (\d+(?:\.\d+)?) (?:çıkar|cikar)\S*/, '$1 - $2']],
    ask: ['kaç eder', 'kaçtır', 'kaç', 'kac', 'eder', 'nedir', 'ne eder', 'hesapla', 'eşittir', 'esittir', 'lütfen', 'ne kadar', 'yapar'],
    operators: [
      ['x', '*'],
      ['artı', '+'], ['arti', '+'], ['eksi', '-'], ['çarpı', '*'], ['carpi', '*'], ['kere', '*'], ['bölü', '/'], ['bolu', '/'], ['üzeri', '^'], ['uzeri', '^'],
    ],
    brackets: [['parantez aç', '('], ['parantez ac', '('], ['açık parantez', '('], ['parantez kapat', ')'], ['parantezi kapat', ')'], ['kapalı parantez', ')']],
    percentAfter: [],
    // "yüzde on": percent comes first (and yüz alone is a hundred).
    percentBefore: 'yüzde',
    // "yüz seksenin yüzde onu" (ten percent of a hundred and eighty): the base first, its genitive
    // read off with the number, a space between.
    baseFirst: ' ',
  },
  cancel: ['iptal', 'iptal et', 'vazgeç', 'vazgec', 'boş ver', 'bos ver', 'boşver', 'unut', 'unut gitsin'],
  dateQuestion: ['tarih', 'hangi gün', 'günlerden', 'ayın kaçı'],
  lightNouns: ['ışık', 'isik', 'ışığı', 'isigi', 'ışıkları', 'isiklari', 'lamba', 'lambayı', 'lambayi', 'aydınlatma', 'avize', 'abajur'],
  lightOn: ['aç', 'yak', 'açar mısın', 'yakar mısın'],
  lightOff: ['kapat', 'kapa', 'söndür', 'sondur'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['saat kaç', 'saat kac', 'saati söyle', 'saat ne'],
  timeNowOnly: ['saat kaç', 'saat kac', 'şimdi saat kaç'],
  brightness: { brighter: ['daha parlak', 'parlaklığı artır', 'parlat'], dimmer: ['daha loş', 'karart', 'parlaklığı azalt', 'kıs'] },
  pause: ['duraklat', 'durdur', 'müziği kapat', 'muzigi kapat', 'şarkıyı kapat', 'sarkiyi kapat', 'müziği durdur'],
  resume: ['devam', 'sürdür', 'surdur'],
  volume: {
    louder: ['sesi aç', 'sesi ac', 'sesi yükselt', 'sesi yukselt', 'sesi artır', 'sesi arttır', 'sesi artir', 'sesi arttir', 'sesini aç', 'sesini yükselt', 'sesini artır', 'sesi biraz aç', 'sesi biraz yükselt', 'sesi biraz artır'],
    quieter: ['sesi kıs', 'sesi kis', 'sesi azalt', 'sesi düşür', 'sesi dusur', 'sesini kıs', 'sesini azalt', 'sesi biraz kıs', 'sesi biraz azalt', 'daha sessiz'],
    mute: ['sessize al', 'sesi kapat', 'sesini kapat', 'sustur', 'sesi kes'],
    nouns: ['ses seviye', 'ses düzey', 'sesi', 'sesini'],
    to: [],
    toAfter: ['yap', 'olsun', 'ayarla'],
    aBit: ['bir tık', 'bir tik', 'bir kademe', 'biraz'],
  },
  media: { nouns: ['müzik', 'muzik', 'şarkı', 'sarki', 'parça', 'parca', 'podcast', 'radyo'], next: ['sonraki şarkı', 'sonraki parça', 'şarkıyı geç', 'sıradaki şarkı'] },
  thanks: ['teşekkür', 'tesekkur', 'sağ ol', 'sağol', 'sagol', 'eyvallah'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    trail: '(?:ekle|ayarla|koy|kaydet|oluştur|planla|yaz|gir)(?: lütfen)?',
    calendar: 'takvim\\S*',
    glue: ['saat', 'günü', 'gün', 'önümüzdeki', 'gelecek', 'buçuk', 'buçukta', 'çeyrek', 'öğleden', 'sonra'],
  },
};
