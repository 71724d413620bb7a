/** German. */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/de.ts';

const ORDINAL_STEMS: Readonly<Record<string, number>> = { ers: 1, drit: 3, sieb: 7, ach: 8 };

/** fünften, zwanzigsten: an ordinal's value. Both splits are tried: "ersten" is ers+ten, "zwanzigsten" zwanzig+sten. */
function ordinal(word: string, table: ReadonlyMap<string, number>): number | undefined {
  for (const re of [/^(.+)te[nrsm]?$/, /^(.+)ste[nrsm]?$/]) {
    const stem = re.exec(word)?.[1];
    const v = stem === undefined ? undefined : (ORDINAL_STEMS[stem] ?? table.get(stem));
    if (v !== undefined) return v;
  }
  return undefined;
}

/** einundzwanzig, dreizehn, fünften: numbers and ordinals below a hundred. */
function belowHundred(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const compound = /^(.+?)und(.+)$/.exec(word);
  if (compound) {
    const unit = table.get(compound[1]!);
    const tens = table.get(compound[2]!) ?? ordinal(compound[2]!, table);
    if (unit !== undefined && unit < 10 && tens !== undefined && tens >= 20) return tens + unit;
  }
  const v = table.get(word) ?? ordinal(word, table);
  return v !== undefined && v < 100 ? v : undefined;
}

/**
 * German writes numbers as one word: einundzwanzig, zweihundert, neunzehnhundert. One
 * "hundert" at most, read without recursion: the part before it is 1–99 and the part after
 * it below 100 (a word of many "hundert"s is no number).
 */
function compound(word: string, table: ReadonlyMap<string, number>): number | undefined {
  // zweitausend, tausendzweihundert: one "tausend" at most, the parts on each side below 1000.
  const k = word.indexOf('tausend');
  if (k >= 0) {
    const head = k === 0 ? 1 : hundreds(word.slice(0, k), table);
    const rest = word.slice(k + 'tausend'.length).replace(/^und/, '');
    const tail = rest === '' ? 0 : hundreds(rest, table);
    return head === undefined || tail === undefined || head < 1 ? undefined : head * 1000 + tail;
  }
  return hundreds(word, table);
}

/** 1–999 as one word: zweihundert, dreihundertfünfundsechzig, siebzehn. */
function hundreds(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const at = word.indexOf('hundert');
  if (at < 0) return belowHundred(word, table);
  const head = at === 0 ? 1 : belowHundred(word.slice(0, at), table);
  const rest = word.slice(at + 'hundert'.length);
  const tail = rest === '' ? 0 : belowHundred(rest, table);
  if (head === undefined || tail === undefined || head < 1 || tail >= 100) return undefined;
  return head * 100 + tail;
}

export const de: LanguagePack = {
  code: 'de',
  unspaced: false,
  numbers: {
    units: 'null eins|ein|eine|einen|einer|eines zwei|zwo drei vier fünf|fuenf sechs sieben acht neun zehn elf zwölf|zwoelf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn',
    tens: 'zwanzig dreißig|dreissig vierzig fünfzig sechzig siebzig achtzig neunzig',
    hundred: 'hundert',
    joiners: [],
    derived: compound,
    // "zweieinhalb" (two and a half) is one word: its number is read apart from the half.
    reorder: (t) => t.replace(/(?<=\p{L})einhalb(?=\s|$)/gu, ' einhalb'),
  },
  clock: {
    am: ['a.m.', 'morgens', 'früh', 'vormittags', 'am morgen', 'am vormittag', 'in der früh'],
    pm: ['p.m.', 'nachmittags', 'abends', 'am nachmittag', 'am abend', 'abend', 'nachmittag'],
    night: ['nachts', 'in der nacht'],
    midday: ['mittags'],
    noon: ['mittag', 'mittags'],
    midnight: ['mitternacht'],
    hour24: /\d uhr(?:$|\s)/,
    // "um 10 uhr einen zahnarzttermin": an article after "uhr" is no minute (only "eins" is one).
    prepare: (t) => t.replace(/(^|\s)uhr (?:einen|eine|ein|einem|einer)(?=\s|$)/g, '$1uhr'),
    rules: [
      [new RegExp(`dreiviertel ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`viertel nach ${H}`), (m) => [n(m[1]), 15]],
      [new RegExp(`viertel vor ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:minuten )?vor halb ${H}`), (m) => [before(n(m[2])), 30 - n(m[1])]],
      [new RegExp(`${H} (?:minuten )?nach halb ${H}`), (m) => [before(n(m[2])), 30 + n(m[1])]],
      // "halb acht" is half *to* eight: 7:30.
      [new RegExp(`halb ${H}`), (m) => [before(n(m[1])), 30]],
      [new RegExp(`viertel ${H}`), (m) => [before(n(m[1])), 15]],
      [new RegExp(`${H} (?:minuten )?nach ${H}`), (m) => [n(m[2]), n(m[1])]],
      [new RegExp(`${H} (?:minuten )?vor ${H}`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`${H} uhr ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  dates: {
    relative: { heute: 0, 'heutig*': 0, morgen: 1, 'morgig*': 1, übermorgen: 2, gestern: -1, vorgestern: -2, 'heute abend': 0, 'nächsten tag': 1, 'am tag danach': 1, 'den tag danach': 1 },
    weekdays: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag|sonnabend'],
    months: ['januar|jänner', 'februar', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    next: ['nächsten', 'nächster', 'nächste', 'kommenden'],
    inDays: /(?:in|nach) (\d+) tagen/,
  },
  durations: {
    units: ['sekunden?', 'minuten?', 'stunden?'],
    halves: [[/(?<![\d.])(\d+) ?einhalb minuten?/, 60]],
    fixed: [[/dreiviertelstunde|3 viertelstunden/, 2700], [/viertelstunde/, 900], [/halbe stunde/, 1800], [/(?:anderthalb|eineinhalb) stunden?/, 5400], [/anderthalb minuten?/, 90]],
    andHalf: /(?<![\d.])(\d+) ?einhalb stunden?/,
  },
  cues: {
    timerWords: ['timer', 'kurzzeitwecker', 'countdown', 'stoppuhr'],
    // Stems match at a word's start: "weck" alone was inside "wecker", the alarm itself.
    alarmVerbs: { set: ['stell', 'setz', 'erstell', 'mach', 'weck mich', 'wecke mich', 'weck uns'], remove: ['lösch', 'loesch', 'entfern', 'deaktivier', 'abstell', 'aus', 'stopp', 'streich', 'los', 'vergiss', 'zurück', 'nicht', 'brich', 'schlummer'] },
    alarmWords: ['wecker', 'alarm'],
    wakeWords: ['weck mich', 'wecke mich', 'aufwecken', 'weckst du mich', 'aufstehen', 'aufwachen'],
    clockBefore: 'um|gegen|bis',
    clockWords: /(?:^|\s|\d)uhr(?:$|\s)/,
    timerBefore: 'in|für|fuer|nach',
  },
  colours: {
    red: 'rot|rötlich', orange: 'orange', yellow: 'gelb', green: 'grün|gruen', blue: 'blau', purple: 'lila|violett|lavendel',
    pink: 'rosa|pink', white: 'weiß|weiss', warm: 'warm|wärmer', cool: 'kühl|kalt',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [],
    compoundWith: 'liste',
    add: [
      // "füge X meiner (Einkaufs)liste hinzu", "… meiner einkaufs liste hinzu"
      p('\\b(?:füge?|fuege)', ' (.+?) (?:meiner|deiner|der|unserer) \\S* ?liste hinzu'),
      p('\\b(?:füge?|fuege|setze?|schreibe?|pack|packe|trage?)', ' (.+?) (?:zu|zur|zum|auf|in) (?:meine[rnms]?|die|der|den|das|unsere[rnms]?)\\b'),
      p('\\b(?:füge?|setze?|schreibe?)', ' (.+?) (?:zur|zum|auf) \\S'),
      // "kaffee und zucker auf die einkaufsliste": no verb, the whole utterance is items and the list.
      p('^', '(?!(?:füge?|fuege|setze?|schreibe?|pack|packe|trage?|was|wie|welche[rs]?|ist|sind|steht|stehen|gibt)(?:\\s|$))(.+?) (?:auf|zu|zur|in) (?:die|meine|unsere)? ?\\S*liste(?: bitte)?$'),
    ],
    remove: [p('\\b(?:entferne|lösche|loesche|streiche|nimm)', ' (.+?) (?:von|aus) (?:meine[rnms]?|der|die|dem|den)?\\b')],
    removeListFirst: [p('\\b(?:entferne|lösche|loesche|streiche|nimm)', ' (?:bitte )?(?:von|aus) (?:meine[rnms]? |der |die |dem |den |unsere[rnms]? )?\\S*liste (.+?)(?: raus| weg)?$')],
    placeholders: ['etwas', 'was', 'irgendwas', 'eine sache', 'sachen', 'ein ding', 'einen (?:posten|eintrag|artikel)', 'ein element'],
    separators: /,|\sund\s|\s&\s/i,
    determiners: 'der|die|das|den|dem|ein|eine|einen|etwas',
    knownItems: KNOWN_ITEMS,
    addListFirst: [p('\\b(?:füge?|fuege|setze?|schreibe?|pack|packe|trage?)', ' (?:bitte |mal )?(?:zu|zur|zum|auf|in) (?:meine[rnms]? |die |der |den |unsere[rnms]? )?\\S*liste (.+?)(?: hinzu| dazu| drauf| ein)?$')],
    fillers: 'bitte|mal|doch|noch|auch|hinzu|dazu',
    create: ['erstell', 'mach', 'neue', 'anlegen'],
  },
  maths: {
    fromForms: [[/(?:zieh|ziehe|subtrahier|subtrahiere) (\d+(?:\.\d+)?) von (\d+(?:\.\d+)?)(?: ab)?/, '$2 - $1']],
    ask: ['was ist', 'was sind', 'wieviel ist', 'wie viel ist', 'was ergibt', 'was macht', 'rechne', 'berechne', 'ergibt', 'gleich', 'ist', 'bitte', 'was', 'wie viel', 'wieviel'],
    operators: [
      ['x', '*'],
      ['plus', '+'], ['minus', '-'], ['weniger', '-'], ['mal', '*'], ['multipliziert mit', '*'], ['geteilt durch', '/'],
      ['dividiert durch', '/'], ['durch', '/'], ['hoch', '^'],
    ],
    brackets: [['klammer auf', '('], ['klammer zu', ')'], ['öffnende klammer', '('], ['schließende klammer', ')']],
    percentAfter: ['prozent'],
    of: 'von|vom',
  },
  cancel: ['abbrechen', 'vergiss es'],
  dateQuestion: ['datum', 'tag'],
  lightNouns: ['licht', 'lichter', 'lampe', 'lampen', 'beleuchtung', 'birne', 'deckenlicht', 'deckenlampe', 'stehlampe', 'leselampe', 'nachttischlampe', 'wohnzimmerlicht', 'küchenlicht', 'schlafzimmerlicht', 'badlicht', 'flurlicht'],
  lightOn: ['an', 'anmachen', 'anschalten', 'einschalten', 'anknipsen'],
  lightOff: ['aus', 'ausschalten', 'ausmachen', 'lösch', 'lösche', 'löschen'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['wie spät', 'wie spaet', 'wie viel uhr', 'wieviel uhr', 'die uhrzeit', 'uhrzeit'],
  timeNowOnly: ['wie spät ist es', 'wie spaet ist es', 'wie viel uhr ist es', 'wieviel uhr ist es', 'wie spät haben wir'],
  placeBefore: ['in', 'für', 'fuer'],
  brightness: { brighter: ['heller', 'aufhellen', 'mehr licht', 'helligkeit erhöhen', 'erhöhe die helligkeit'], dimmer: ['dunkler', 'dimm', 'dimme', 'dimmen', 'weniger licht', 'helligkeit verringern', 'verringere die helligkeit'] },
  // " halt" from a word's start only (skills/helpers.ts saysCue): it is also inside "schalte".
  pause: [' halt', 'anhalten', 'stopp', 'pausier', 'pause', 'musik aus', 'mach die musik aus', 'musik ausmachen', 'schalt die musik aus', 'stop'],
  resume: ['weiter', 'fortsetzen', 'pause beenden', 'pause aufheben', 'wieder an'],
  volume: {
    louder: ['lauter', 'lautstärke hoch', 'lautstärke rauf', 'lautstärke erhöhen', 'erhöhe die lautstärke', 'dreh auf', 'ton lauter'],
    quieter: ['leiser', 'lautstärke runter', 'lautstärke niedriger', 'lautstärke verringern', 'verringere die lautstärke', 'senke die lautstärke', 'lautstärke senken', 'nicht so laut', 'weniger laut'],
    mute: ['stumm', 'stummschalten', 'schalte stumm', 'ton aus', 'mach den ton aus', 'ton ausschalten'],
    nouns: ['lautstärke', 'lautstaerke', 'volume'],
    to: ['auf', 'bei'],
    aBit: ['ein bisschen', 'ein bißchen', 'ein wenig', 'ein klein wenig', 'ein stück', 'eine stufe', 'ein stückchen', 'einen tick'],
  },
  media: { nouns: ['musik', 'lied', 'song', 'titel', 'wiedergabe', 'podcast', 'radio', 'hörbuch', 'track'], next: ['nächstes lied', 'nächster titel', 'nächster song', 'nächstes stück', 'überspringen', 'überspring'] },
  thanks: ['danke'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: '(?:bitte )?(?:trag|trage|mach|mache|leg|lege|plane|plan|setz|setze|füg|füge|notier|notiere|erstell|erstelle|schreib|schreibe)(?: (?:mir|bitte))?(?: (?:einen|eine|ein|den|die|das))?',
    trail: '(?:ein|an|hinzu|bitte|auf)',
    calendar: '(?:(?:in|im|zu|zum|auf) (?:den |meinen |meinem |dem |mein )?)?kalender',
    glue: ['am', 'um', 'an', 'für', 'den', 'ab', 'nächsten', 'nächste', 'uhr', 'halb', 'viertel'],
  },
};
