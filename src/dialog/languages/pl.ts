/**
 * Polish. Clock hours are feminine ordinals in the case the sentence needs (siódma, o
 * siódmej, na siódmą: "godzina" is understood), minutes and lengths are cardinals
 * (trzydzieści, dwadzieścia pięć minut), so both are number words here.
 */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/pl.ts';

/** The verbs that add to a list: they start the item pattern, and a verbless request may not begin with one. */
const ADD = 'dodaj|dopisz|wpisz|dorzuć|dorzuc|dodać|dodac|zapisz|wrzuć|wrzuc|dopisać|dopisac';

/** Ordinal stems in value order 1–19, then 20 and 30; `|` separates spellings (with and without diacritics). */
const STEMS = [
  'pierwsz', 'drug', 'trzec', 'czwart', 'piąt|piat', 'szóst|szost', 'siódm|siodm', 'ósm|osm', 'dziewiąt|dziewiat', 'dziesiąt|dziesiat',
  'jedenast', 'dwunast', 'trzynast', 'czternast', 'piętnast|pietnast', 'szesnast', 'siedemnast', 'osiemnast', 'dziewiętnast|dziewietnast',
  'dwudziest', 'trzydziest',
];
const STEM_VALUE = new Map(STEMS.flatMap((alts, i) => alts.split('|').map((s) => [s, i < 19 ? i + 1 : (i - 17) * 10] as const)));
// Every case and gender: siódma, siódmej, siódmą, siódmy, siódmego, trzecia, trzeciej, drugiej…
const ORDINAL = new RegExp(`^(${[...STEM_VALUE.keys()].join('|')})(a|ą|e|ej|y|ego|emu|ym|ych|i|ia|iej|ią|iego|iemu|im)$`);

/** "za <minutes> <hour as an ordinal>": minutes to the hour (za dziesięć ósma, 7:50). */
const ZA_MINUTES_HOUR = new RegExp(
  '(?<=^|\\s)za ((?:dwadzieścia|dwadziescia)(?: (?:pięć|piec))?|pięć|piec|dziesięć|dziesiec|piętnaście|pietnascie) '
  + '((?:pierwsz|drug|trzeci|czwart|piąt|piat|szóst|szost|siódm|siodm|ósm|osm|dziewiąt|dziewiat|dziesiąt|dziesiat|jedenast|dwunast)(?:a|ą|ej))(?=\\s|$)', 'g');

export const pl: LanguagePack = {
  code: 'pl',
  unspaced: false,
  numbers: {
    units:
      'zero jeden|jedna|jedno|jednej|jednego|jedną|jednym dwa|dwie|dwóch|dwoch|dwoma trzy|trzech|trzema cztery|czterech|czterema pięć|piec|pięciu|pieciu sześć|szesc|sześciu|szesciu siedem|siedmiu osiem|ośmiu|osmiu dziewięć|dziewiec|dziewięciu|dziewieciu dziesięć|dziesiec|dziesięciu|dziesieciu jedenaście|jedenascie|jedenastu dwanaście|dwanascie|dwunastu trzynaście|trzynascie|trzynastu czternaście|czternascie|czternastu piętnaście|pietnascie|piętnastu|pietnastu szesnaście|szesnascie|szesnastu siedemnaście|siedemnascie|siedemnastu osiemnaście|osiemnascie|osiemnastu dziewiętnaście|dziewietnascie|dziewiętnastu|dziewietnastu',
    tens:
      'dwadzieścia|dwadziescia|dwudziestu trzydzieści|trzydziesci|trzydziestu czterdzieści|czterdziesci|czterdziestu pięćdziesiąt|piecdziesiat|pięćdziesięciu sześćdziesiąt|szescdziesiat|sześćdziesięciu siedemdziesiąt|siedemdziesiat|siedemdziesięciu osiemdziesiąt|osiemdziesiat|osiemdziesięciu dziewięćdziesiąt|dziewiecdziesiat|dziewięćdziesięciu',
    hundred: 'sto|stu',
    joiners: [],
    extra: {
      dwieście: 200, dwiescie: 200, dwustu: 200, trzysta: 300, trzystu: 300, czterysta: 400, czterystu: 400,
      pięćset: 500, piecset: 500, pięciuset: 500, sześćset: 600, szescset: 600, sześciuset: 600, siedemset: 700, siedmiuset: 700,
      osiemset: 800, ośmiuset: 800, dziewięćset: 900, dziewiecset: 900, dziewięciuset: 900,
      tysiąc: 1000, tysiac: 1000, tysiące: 1000, tysiace: 1000, tysięcy: 1000, tysiecy: 1000,
    },
    derived: (word) => {
      const m = ORDINAL.exec(word);
      return m ? STEM_VALUE.get(m[1]!) : undefined;
    },
    // "za dwadzieścia siódma" (twenty to seven) is no "twenty-seventh": the minutes before an
    // hour said as an ordinal are kept apart from it, as in "za 20 do 7" (clock rule below).
    reorder: (t) => t.replace(ZA_MINUTES_HOUR, 'za $1 do $2'),
  },
  clock: {
    am: ['a.m.', 'rano', 'rankiem', 'z rana', 'nad ranem', 'przed południem', 'przed poludniem'],
    pm: ['p.m.', 'po południu', 'po poludniu', 'popołudniu', 'wieczorem', 'wieczór', 'wieczor', 'wieczora'],
    night: ['w nocy', 'nocą', 'noca', 'nocy'],
    midday: [],
    noon: ['południe', 'poludnie'],
    midnight: ['północ', 'polnoc', 'północy', 'polnocy'],
    rules: [
      // "wpół do ósmej" is half *to* eight: 7:30.
      [new RegExp(`(?:w ?)?p(?:ó|o)ł do ${H}`), (m) => [before(n(m[1])), 30]],
      [new RegExp(`za kwadrans ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`kwadrans po ${H}`), (m) => [n(m[1]), 15]],
      [new RegExp(`za ${H} (?:minut[aęy]? )?(?:do )?${H}`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`${H} (?:minut[aęy]? )?po ${H}`), (m) => [n(m[2]), n(m[1])]],
    ],
  },
  dates: {
    relative: {
      dzisiaj: 0, dziś: 0, dzis: 0, 'dzisiejsz*': 0, 'dziś wieczorem': 0, jutro: 1, 'jutrzejsz*': 1, pojutrze: 2, wczoraj: -1, przedwczoraj: -2,
      'następnego dnia': 1, 'nastepnego dnia': 1,
    },
    // Word starts: w czwartek, w czwartku; not the ordinal czwarta (4 o'clock).
    weekdays: ['niedziel', 'poniedział|poniedzial', 'wtorek|wtork', 'środ|srod', 'czwartek|czwartk', 'piątek|piątk|piatek|piatk', 'sobot'],
    months: [
      'styczeń|styczen|styczni', 'luty|lutego|lutym', 'marzec|marca|marcu', 'kwiecień|kwiecien|kwietni', 'maj', 'czerwiec|czerwca|czerwcu',
      'lipiec|lipca|lipcu', 'sierpień|sierpien|sierpni', 'wrzesień|wrzesien|wrześni|wrzesni', 'październik|pazdziernik', 'listopad', 'grudzień|grudzien|grudni',
    ],
    next: ['następn', 'nastepn', 'przyszł', 'przyszl', 'kolejn'],
    inDays: /(?:za|po) (\d+) dni/,
  },
  durations: {
    // minuta, minutę, minuty, minut (and minutach after "po"): the stem with any ending.
    units: ['sekund[aęy]?|sek', 'minut[aęy]?|min', 'godzin[aęy]?|godz'],
    halves: [[/(?<![\d.])(\d+) i p(?:ó|o)ł minut/, 60]],
    fixed: [[/p(?:ó|o)łtor(?:a|ej) godzin[ayę]?/, 5400], [/p(?:ó|o)łtor(?:a|ej) minut[ayę]?/, 90], [/p(?:ó|o)ł godziny/, 1800], [/p(?:ó|o)ł minuty/, 30], [/3 kwadranse/, 2700], [/kwadrans/, 900]],
    andHalf: /(?<![\d.])(\d+) i p(?:ó|o)ł godziny/,
  },
  cues: {
    timerWords: ['minutnik', 'timer', 'stoper', 'czasomierz', 'odlicz', 'odliczanie'],
    alarmVerbs: { set: ['ustaw', 'nastaw', 'obudź', 'obudz', 'utwórz', 'utworz', 'dodaj'], remove: ['usuń', 'usun', 'skasuj', 'anuluj', 'wyłącz', 'wylacz', 'odwołaj', 'odwolaj'] },
    alarmWords: ['budzik', 'alarm'],
    wakeWords: ['obudź', 'obudz', 'zbudź', 'zbudz', 'wstać', 'wstac'],
    // Not "na": "minutnik na dziesięć minut" is a length.
    clockBefore: 'o|około|okolo|koło|kolo|przed',
    clockWords: /(?:^|\s)godzin(?:a|ie|ę) \d/,
    timerBefore: 'za|przez|w ciągu|w ciagu',
  },
  colours: {
    red: 'czerwon', orange: 'pomarańcz|pomarancz', yellow: 'żółt|zolt', green: 'zielon', blue: 'niebiesk|błękit|blekit',
    purple: 'fiolet|purpur|lawend', pink: 'różow|rozow', white: 'biał|bial|biel', warm: 'ciepł|ciepl', cool: 'zimn|chłodn|chlodn',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [/^list(?:a|y|ę|ie|ą)\s+/i, /(?<!\s)\s+list(?:a|y|ę|ie|ą)$/i],
    add: [p(`\\b(?:${ADD})`, ' (.+?) (?:do|na) '),
      // "mleko i jajka na listę zakupów": no verb, the whole utterance is items and the list.
      p('^', `(?!(?:${ADD}|co|jakie|ile|czy)(?:\\s|$))(.+?) (?:na|do) (?:moją |mojej )?list[yę](?: \\S+)?$`)],
    remove: [p('\\b(?:usuń|usun|skreśl|skresl|wykreśl|wykresl|wyrzuć|wyrzuc)', ' (.+?) (?:z|ze) ')],
    removeListFirst: [p('\\b(?:usuń|usun|skreśl|skresl|wykreśl|wykresl|wyrzuć|wyrzuc)', ' (?:z|ze) (?:mojej |naszej )?listy(?: (?:zakupów|zakupow|zadań|zadan))? (?!(?:zakupów|zakupow|zadań|zadan)$)(.+)$')],
    placeholders: ['coś', 'cos', 'rzecz', 'jedną rzecz', 'element', 'pozycję', 'pozycje'],
    separators: /,|\si\s|\soraz\s|\s&\s/i,
    knownItems: KNOWN_ITEMS,
    addListFirst: [p(`\\b(?:${ADD})`, ' (?:do|na) (?:mojej |moją |naszej |naszą )?list[yę](?: (?:zakupów|zakupow|zakupy|zadań|zadan))? (?!(?:zakupów|zakupow|zakupy|zadań|zadan)$)(.+)$')],
    fillers: 'proszę|prosze|też|tez|jeszcze|mi',
    create: ['utwórz', 'utworz', 'stwórz', 'stworz', 'załóż', 'zaloz', 'nową listę', 'nowa lista'],
  },
  maths: {
    fromForms: [[/(?:odejmij|odjąć|odjac) (\d+(?:\.\d+)?) od (\d+(?:\.\d+)?)/, '$2 - $1']],
    ask: ['ile to jest', 'ile jest', 'ile to', 'ile', 'to jest', 'jest', 'oblicz', 'policz', 'równa się', 'rowna sie', 'proszę', 'prosze'],
    operators: [
      ['x', '*'],
      ['plus', '+'], ['dodać', '+'], ['dodac', '+'], ['minus', '-'], ['odjąć', '-'], ['odjac', '-'], ['razy', '*'],
      ['pomnożone przez', '*'], ['pomnozone przez', '*'], ['podzielone przez', '/'], ['podzielić przez', '/'], ['dzielone przez', '/'],
      ['przez', '/'], ['do potęgi', '^'], ['do potegi', '^'], ['do kwadratu', '^ 2'], ['do sześcianu', '^ 3'],
    ],
    brackets: [
      ['otwórz nawias', '('], ['otworz nawias', '('], ['nawias otwierający', '('], ['otwarcie nawiasu', '('],
      ['zamknij nawias', ')'], ['nawias zamykający', ')'], ['zamknięcie nawiasu', ')'],
    ],
    percentAfter: ['procent', 'procenta', 'procentów', 'procentow'],
    of: 'z|ze|od',
  },
  cancel: ['anuluj', 'nieważne', 'niewazne', 'zapomnij', 'przestań', 'przestan', 'stop', 'daj spokój', 'daj spokoj'],
  dateQuestion: ['data', 'dzień', 'dzien', 'którego', 'ktorego'],
  lightNouns: ['światło', 'swiatlo', 'światła', 'swiatla', 'lampa', 'lampę', 'lampe', 'oświetlenie', 'oswietlenie', 'lampka', 'lampkę', 'żyrandol', 'kinkiet', 'żarówka', 'żarówkę'],
  lightOn: ['włącz', 'wlacz', 'włączyć', 'wlaczyc', 'zapal', 'zapalić', 'zapalic', 'zaświeć', 'zaswiec'],
  lightOff: ['wyłącz', 'wylacz', 'wyłączyć', 'wylaczyc', 'zgaś', 'zgas', 'zgasić', 'zgasic'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['która godzina', 'ktora godzina', 'którą mamy godzinę', 'ktora mamy godzine', 'godzina jest', 'jaka jest godzina'],
  // And the date today ("jaki mamy dzisiaj dzień" read as a calendar question at 0.78): the skill reads `dateQuestion`.
  timeNowOnly: ['która godzina', 'ktora godzina', 'która jest godzina', 'ktora jest godzina', 'jaki mamy dzisiaj dzień', 'jaki mamy dziś dzień', 'jaki dzisiaj dzień', 'jaki dziś dzień', 'jaki jest dzisiaj dzień', 'jaki jest dziś dzień'],
  placeBefore: ['w', 'we', 'na'],
  // The infinitive too: "możesz trochę przyciemnić światło" (can you dim the light a little).
  brightness: {
    brighter: ['jaśniej', 'jasniej', 'rozjaśnij', 'rozjasnij', 'rozjaśnić', 'rozjasnic'],
    dimmer: ['ciemniej', 'przyciemnij', 'przygaś', 'przygas', 'przyciemnić', 'przyciemnic', 'ściemnij', 'sciemnij', 'ściemnić', 'sciemnic', 'przygasić', 'przygasic'],
  },
  pause: ['pauz', 'wstrzymaj', 'zatrzymaj', 'wyłącz muzykę', 'wylacz muzyke', 'wyłącz piosenkę', 'wylacz piosenke', 'stop'],
  resume: ['wznów', 'wznow', 'kontynuuj', 'graj dalej', 'wyłącz pauzę', 'wylacz pauze', 'zdejmij pauzę'],
  volume: {
    louder: ['głośniej', 'glosniej', 'podgłośnij', 'podglosnij', 'pogłośnij', 'zwiększ głośność', 'zwieksz glosnosc', 'głośność w górę'],
    quieter: ['ciszej', 'ścisz', 'scisz', 'przycisz', 'zmniejsz głośność', 'zmniejsz glosnosc', 'głośność w dół'],
    mute: ['wycisz', 'wyłącz dźwięk', 'wylacz dzwiek', 'bez dźwięku'],
    nouns: ['głośność', 'glosnosc', 'głośności', 'glosnosci'],
    to: ['na', 'do'],
    aBit: ['trochę', 'troche', 'odrobinę', 'ciut'],
  },
  media: { nouns: ['muzykę', 'muzyke', 'muzyka', 'muzyki', 'piosenkę', 'piosenke', 'piosenka', 'utwór', 'utwor', 'odtwarzanie', 'podcast', 'radio'], next: ['następna piosenka', 'następny utwór', 'następną piosenkę', 'pomiń', 'pomin'] },
  thanks: ['dzięk', 'dziek'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: '(?:dodaj|wpisz|zaplanuj|zapisz|ustaw|utwórz|umów|wstaw)',
    calendar: '(?:(?:do|w) (?:mojego |moim |mój )?)?kalendarz\\S*',
    glue: ['w', 'we', 'o', 'na', 'do', 'przyszły', 'przyszłą', 'wpół', 'godzinie', 'godz'],
  },
};
