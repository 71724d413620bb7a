/** Italian. */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/it.ts';

/** The verbs that add to a list: they start the item pattern, and a verbless request may not begin with one. */
const ADD = 'aggiungi|aggiungimi|metti|mettimi|mettici|inserisci|scrivi|scrivimi|segna|segnami|aggiungere|mettere';

/** ventitré, trentuno, quarantotto: tens and a unit written as one word (the tens' vowel drops before uno/otto). */
const COMPOUND = /^(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[aie]?(uno|una|due|tré|tre|quattro|cinque|sei|sette|otto|nove)$/;

/** ventitré, quarantotto: below a hundred. */
function belowHundred(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const direct = table.get(word === 'tré' ? 'tre' : word);
  if (direct !== undefined) return direct < 100 ? direct : undefined;
  const m = COMPOUND.exec(word);
  const tens = m && table.get(`${m[1]}${m[1] === 'vent' ? 'i' : 'a'}`);
  const unit = m?.[2] ? table.get(m[2] === 'tré' ? 'tre' : m[2]) : undefined;
  return tens !== undefined && tens !== null && unit !== undefined ? tens + unit : undefined;
}

/**
 * Italian writes a whole number as one word: trecentosessantacinque, duemilacinquecento,
 * milleduecento. One "mila"/"mille" and one "cento" at most, read without recursion.
 */
function glued(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const thousand = /^(.*?)(mila|mille)(.*)$/.exec(word);
  if (thousand) {
    const head = thousand[2] === 'mille' ? (thousand[1] === '' ? 1 : undefined) : hundreds(thousand[1]!, table);
    const tail = thousand[3] === '' ? 0 : hundreds(thousand[3]!, table);
    return head !== undefined && head >= 1 && tail !== undefined ? head * 1000 + tail : undefined;
  }
  return hundreds(word, table);
}

/** 1–999 written as one word (trecentosessantacinque, cento, ventitré). */
function hundreds(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const at = word.indexOf('cent');
  if (at < 0) return belowHundred(word, table);
  const head = at === 0 ? 1 : belowHundred(word.slice(0, at), table);
  // "cento" keeps its o before a consonant and drops it before otto/ottanta (centottanta).
  const rest = word.slice(at + 4).replace(/^o/, '');
  const tail = rest === '' ? 0 : (belowHundred(rest, table) ?? belowHundred(`o${rest}`, table));
  if (head === undefined || tail === undefined || head < 1 || head > 9 || tail >= 100) return undefined;
  return head * 100 + tail;
}

export const it: LanguagePack = {
  code: 'it',
  unspaced: false,
  // Elision: l'una → una, all'alba → alba, un'ora → una ora.
  fold: (t) => t.replace(/(^|\s)(?:l|all|dall|dell|sull|nell)'/g, '$1').replace(/(^|\s)un'/g, '$1una '),
  numbers: {
    units: "zero uno|un|una|un' due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    tens: 'venti trenta quaranta cinquanta sessanta settanta ottanta novanta',
    hundred: 'cento',
    joiners: [],
    extra: { mille: 1000, mila: 1000, primo: 1, prima: 1 },
    derived: (word, table) => glued(word, table),
  },
  clock: {
    am: ['a.m.', 'di mattina', 'del mattino', 'di mattino', 'mattina', 'mattino', 'domattina', 'stamattina'],
    pm: ['p.m.', 'del pomeriggio', 'di pomeriggio', 'pomeriggio', 'di sera', 'della sera', 'sera', 'stasera'],
    night: ['di notte', 'notte'],
    midday: [],
    noon: ['mezzogiorno'],
    midnight: ['mezzanotte'],
    rules: [
      [new RegExp(`${H} e mezz[ao]`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} e (?:un |1 )?quarto`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} meno (?:un |1 )?quarto`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} meno ${H}`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} e ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  dates: {
    relative: { oggi: 0, stasera: 0, domani: 1, dopodomani: 2, 'giorno dopo': 1, ieri: -1 },
    weekdays: ['domenica', 'lunedì|lunedi', 'martedì|martedi', 'mercoledì|mercoledi', 'giovedì|giovedi', 'venerdì|venerdi', 'sabato'],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    next: ['prossimo', 'prossima'],
    inDays: /(?:tra|fra|dopo) (\d+) giorni/,
  },
  durations: {
    units: ['secondi|secondo', 'minuti|minuto', 'ore|ora'],
    halves: [[/(?<![\d.])(\d+) minut[oi] e mezzo/, 60]],
    fixed: [[/3 quarti d' ?ora/, 2700], [/quarto d' ?ora/, 900], [/mezz'? ?ora|mezza ora/, 1800], [/ora e mezz[ao]/, 5400], [/minuto e mezzo/, 90]],
    andHalf: /(?<![\d.])(\d+) or[ae] e mezz[ao]/,
    hourIsOclock: true,
    lengthCues: /(?:^|\s)(?:tra|fra)\s/,
  },
  cues: {
    timerWords: ['timer', 'cronometro', 'conto alla rovescia'],
    alarmVerbs: { set: ['metti', 'imposta', 'crea', 'programma', 'svegliami', 'punta'], remove: ['togli', 'cancella', 'elimina', 'rimuovi', 'disattiva', 'spegni', 'rimuov', 'non svegliar'] },
    alarmWords: ['sveglia', 'allarme'],
    wakeWords: ['svegliami', 'svegliarmi', 'alzarmi'],
    clockBefore: 'alle|all|verso le|per le|le|alla',
    timerBefore: 'tra|fra|per|durante',
  },
  colours: {
    red: 'ross', orange: 'arancio', yellow: 'giall', green: 'verd', blue: 'blu|azzurr', purple: 'viola|lavanda', pink: 'rosa',
    white: 'bianc', warm: 'cald', cool: 'fredd',
  },
  colourMatch: 'prefix',
  lists: {
    // "della spesa" as the NLU tags it after "lista": the connector is no part of the name.
    nameWords: [/^list[ae]\s+(?:della|dello|delle|degli|dei|del|di|per)?\s*/i, /(?<!\s)\s+list[ae]$/i, /^(?:della|dello|delle|degli|dei|del|di)\s+/i],
    add: [p(`\\b(?:${ADD})`, ' (.+?) (?:alla|al|nella|nel|sulla|sul|in|a)\\b'),
      // "latte e uova nella lista della spesa": no verb, the whole utterance is items and the list.
      p('^', `(?!(?:${ADD}|cosa|che|quali|quanti|c'è|ci sono)(?:\\s|$))(.+?) (?:alla|nella|sulla|in) (?:mia |nostra )?lista(?: della \\S+)?(?: per favore)?$`)],
    remove: [p('\\b(?:togli|rimuovi|elimina|cancella)', ' (.+?) (?:da|dalla|dal|dalle)\\b')],
    removeListFirst: [p('\\b(?:togli|rimuovi|elimina|cancella)', ' (?:dalla|da) (?:mia |nostra )?lista(?: (?:della|delle|dei|di) (?:spesa|cose da fare|compere))? (?!(?:(?:della|delle|dei|di) )?(?:spesa|cose da fare|compere)$)(.+)$')],
    placeholders: ['qualcosa', 'una cosa', 'delle cose', 'cose', 'un elemento', 'un articolo'],
    separators: /,|\se\s|\sed\s|\s&\s/i,
    determiners: "il|lo|la|i|gli|le|l'|del|dello|della|dei|degli|delle|dell'|un|uno|una|un'",
    knownItems: KNOWN_ITEMS,
    itemStarts: "del|dello|della|dei|degli|delle|dell'|un|uno|una|un'",
    addListFirst: [p(`\\b(?:${ADD})`, ' (?:alla|nella|sulla|in) (?:mia |nostra )?lista(?: (?:della|delle|dei|di) (?:spesa|cose da fare|compere))? (?!(?:(?:della|delle|dei|di) )?(?:spesa|cose da fare|compere)$)(.+)$')],
    fillers: 'per favore|per piacere|anche|pure',
    create: ['crea', 'nuova'],
  },
  maths: {
    fromForms: [[/(?:sottrai|sottrarre|togli) (\d+(?:\.\d+)?) (?:a|da) (\d+(?:\.\d+)?)/, '$2 - $1']],
    ask: ['quanto fa', 'quanto è', 'quanto fanno', 'quanto', 'calcola', 'fa', 'è', 'uguale a', 'per favore'],
    operators: [
      ['x', '*'],
      ['più', '+'], ['piu', '+'], ['meno', '-'], ['per', '*'], ['moltiplicato per', '*'], ['diviso per', '/'], ['diviso', '/'],
      ['elevato alla', '^'], ['al quadrato', '^ 2'],
    ],
    brackets: [
      ['apri parentesi', '('], ['aperta parentesi', '('], ['parentesi aperta', '('],
      ['chiudi parentesi', ')'], ['chiusa parentesi', ')'], ['parentesi chiusa', ')'],
    ],
    percentAfter: ['per cento', 'percento', 'percentuale'],
    of: 'di|del|della|dei|dello',
  },
  cancel: ['annulla', 'lascia perdere'],
  dateQuestion: ['data', 'giorno'],
  lightNouns: ['luce', 'luci', 'lampada', 'lampade', 'illuminazione', 'lampadario', 'lampadina', 'plafoniera', 'abat jour'],
  lightOn: ['accendi', 'accendere', 'accenda', 'accendila', 'accendile'],
  lightOff: ['spegni', 'spegnere', 'spegnila', 'spegnile', 'spenta', 'spento', 'spente', 'spenti'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['che ore sono', 'che ora è', 'che ora e', 'che ore', 'che ora', "l'ora", 'l ora'],
  timeNowOnly: ['che ore sono', 'che ora è', 'che ora e'],
  placeBefore: ['a', 'in', 'di', 'per'],
  brightness: { brighter: ['più luminosa', 'più luminoso', 'più luce', 'alza la luce', 'aumenta la luminosità'], dimmer: ['meno luminosa', 'meno luminoso', 'meno luce', 'più scura', 'più scuro', 'abbassa la luce', 'abbassa la luminosità', 'attenua'] },
  pause: ['pausa', 'ferma', 'stop', 'spegni la musica', 'interrompi', 'basta musica', 'basta con la musica', 'togli la musica', 'stacca la musica'],
  resume: ['riprendi', 'continua', 'togli la pausa', 'leva la pausa', 'ripart', 'rimetti'],
  volume: {
    louder: ['più forte', 'piu forte', 'alza il volume', 'alzalo', 'alza la musica', 'aumenta il volume', 'volume più alto', 'volume piu alto', 'più volume', 'piu volume', 'alzare il volume'],
    quieter: ['più piano', 'piu piano', 'abbassa il volume', 'abbassalo', 'abbassa la musica', 'diminuisci il volume', 'volume più basso', 'volume piu basso', 'meno volume', 'meno forte'],
    mute: ['muto', 'silenzia', 'togli audio', 'disattiva audio', 'togli il suono', 'modalità silenziosa'],
    nouns: ['volume', 'audio'],
    to: ['a', 'al', 'su', 'sul'],
    aBit: ['un po', "un po'", 'un pochino', 'un poco', 'una tacca', 'un attimo'],
  },
  media: { nouns: ['musica', 'canzone', 'brano', 'riproduzione', 'podcast', 'radio', 'audiolibro'], next: ['prossima canzone', 'canzone successiva', 'brano successivo', 'prossimo brano', 'passa alla prossima'] },
  thanks: ['grazie'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: "(?:aggiungi|metti|segna|fissa|crea|programma|inserisci|annota|prenota)(?: (?:una|un|uno|il|la|lo|l'))?",
    calendar: '(?:(?:nel|in|al|sul) (?:mio )?)?(?:calendario|agenda)',
    glue: ['per', 'alle', 'all', 'a', 'il', 'di', 'prossimo', 'mezza', 'mezzo', 'quarto', 'meno'],
  },
};
