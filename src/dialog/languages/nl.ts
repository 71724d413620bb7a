/** Dutch. */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/nl.ts';

const TENS = 'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig';
// eenentwintig, tweeëntwintig (ë after a vowel), vijfentwintigste.
const COMPOUND = new RegExp(`^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(${TENS})(?:ste)?$`);
const IRREGULAR_ORDINALS: Readonly<Record<string, number>> = { eerste: 1, derde: 3 };

/** Below a hundred: eenentwintig, vierde (vier+de), achtste (acht+ste), twintigste. */
function belowHundred(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const compound = COMPOUND.exec(word);
  if (compound) return table.get(compound[1]!)! + table.get(compound[2]!)!;
  const v = table.get(word) ?? IRREGULAR_ORDINALS[word];
  if (v !== undefined) return v;
  const stem = /^(.+?)(?:ste|de)$/.exec(word)?.[1];
  return stem === undefined ? undefined : table.get(stem);
}

/**
 * Dutch writes numbers as one word like German: vijfentwintig, tweehonderd, honderdvijftig.
 * One "honderd" at most, read without recursion (the part after it is below 100).
 */
function compound(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const at = word.indexOf('honderd');
  if (at < 0) return belowHundred(word, table);
  const head = at === 0 ? 1 : belowHundred(word.slice(0, at), table);
  const rest = word.slice(at + 'honderd'.length).replace(/^en/, '');
  const tail = rest === '' ? 0 : belowHundred(rest, table);
  if (head === undefined || tail === undefined || head < 1 || head > 99 || tail >= 100) return undefined;
  return head * 100 + tail;
}

export const nl: LanguagePack = {
  code: 'nl',
  unspaced: false,
  numbers: {
    units: 'nul een|één|eén|eentje twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien',
    tens: TENS.split('|').join(' '),
    hundred: 'honderd',
    joiners: [],
    extra: { duizend: 1000 },
    derived: compound,
  },
  clock: {
    am: ['a.m.', 'ochtends', 'morgens', "'s ochtends", "'s morgens", 'in de ochtend', 'vanochtend', 'vanmorgen', 'ochtend', 'morgenochtend', 'morgenvroeg', 'voormiddag'],
    pm: ['p.m.', 'middags', 'avonds', "'s middags", "'s avonds", 'in de middag', 'in de avond', 'vanmiddag', 'vanavond', 'middag', 'avond', 'morgenavond', 'morgenmiddag', 'namiddag'],
    night: ['nachts', "'s nachts", 'in de nacht', 'vannacht', 'nacht'],
    midday: [],
    noon: ['middaguur'],
    midnight: ['middernacht'],
    hour24: /\d uur(?:$|\s)/,
    rules: [
      [new RegExp(`kwart over half ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`kwart voor half ${H}`), (m) => [before(n(m[1])), 15]],
      [new RegExp(`kwart over ${H}`), (m) => [n(m[1]), 15]],
      [new RegExp(`kwart voor ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:minuten |minuut )?voor half ${H}`), (m) => [before(n(m[2])), 30 - n(m[1])]],
      [new RegExp(`${H} (?:minuten |minuut )?over half ${H}`), (m) => [before(n(m[2])), 30 + n(m[1])]],
      // "half acht" is half *to* eight: 7:30.
      [new RegExp(`half ${H}`), (m) => [before(n(m[1])), 30]],
      [new RegExp(`${H} (?:minuten |minuut )?over ${H}`), (m) => [n(m[2]), n(m[1])]],
      [new RegExp(`${H} (?:minuten |minuut )?voor ${H}`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`${H} uur ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  dates: {
    relative: {
      vandaag: 0, vanavond: 0, vannacht: 0, morgen: 1, morgenochtend: 1, morgenvroeg: 1, morgenmiddag: 1, morgenavond: 1, overmorgen: 2,
      gisteren: -1, eergisteren: -2, 'de volgende dag': 1, 'de dag erna': 1,
    },
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    next: ['volgende', 'komende', 'aanstaande'],
    inDays: /(?:over|na|binnen) (\d+) dagen/,
  },
  durations: {
    units: ['seconden|seconde|sec', 'minuten|minuut|min', 'uren|uur'],
    halves: [[/(?<![\d.])(\d+) en (?:1 )?halve minuut/, 60]],
    fixed: [[/anderhalf uur/, 5400], [/half uur|halfuur/, 1800], [/driekwartier|3 kwartier/, 2700], [/kwartier/, 900], [/anderhalve minuut/, 90]],
    andHalf: /(?<![\d.])(\d+) en (?:1 )?half uur/,
    // "zeven uur" is seven o'clock and seven hours: undecided, it is a time.
    hourIsOclock: true,
    lengthCues: /(?:^|\s)(?:over|gedurende|binnen)\s/,
  },
  cues: {
    timerWords: ['timer', 'kookwekker', 'aftellen', 'tel af'],
    // Stems match at a word's start: "wek" alone was inside "wekker" and "wekelijks".
    alarmVerbs: { set: ['zet', 'stel', 'maak', 'wek me', 'wek mij', 'wek ons'], remove: ['verwijder', 'wis', 'annuleer', 'haal', 'uit', 'vergeet', 'anule', 'stop', 'niet', 'geen'] },
    alarmWords: ['wekker', 'alarm'],
    wakeWords: ['wakker', 'wek me'],
    clockBefore: 'om|tegen|rond|tot',
    timerBefore: 'over|gedurende|binnen|na',
  },
  colours: {
    red: 'rood|rode', orange: 'oranje', yellow: 'geel|gele', green: 'groen', blue: 'blauw', purple: 'paars|violet|lila|lavendel',
    pink: 'roze|rose', white: 'wit', warm: 'warm', cool: 'koel|koud|koude',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [],
    // boodschappen + lijst → Boodschappenlijst, as the word is written.
    compoundWith: 'lijst',
    add: [
      p('\\bvoeg', ' (.+?) toe aan (?:mijn|m\'n|de|het|onze)\\b'),
      p('\\b(?:zet|schrijf|doe)', ' (.+?) (?:op|in|bij) (?:mijn|m\'n|de|het|onze)\\b'),
      p('\\bvoeg', ' (.+?) toe\\b'),
      // "melk en eieren op de boodschappenlijst": no verb, the whole utterance is items and the list.
      p('^', '(?!(?:voeg|zet|schrijf|doe|wat|welke|hoeveel|staat|staan|is)(?:\\s|$))(.+?) (?:op|in|aan) (?:de|het|mijn|m\'n|onze) \\S*lijst(?:je)?(?: graag| alsjeblieft)?$'),
    ],
    remove: [p('\\b(?:verwijder|haal|schrap|wis)', ' (.+?) (?:van|uit) (?:mijn|m\'n|de|het|onze)?\\b')],
    removeListFirst: [p('\\b(?:verwijder|haal|schrap|wis)', " (?:van|uit) (?:mijn |m'n |de |het |onze )?\\S*lijst(?:je)? (.+?)(?: af| weg)?$")],
    placeholders: ['iets', 'wat', 'een ding', 'dingen', 'een (?:item|artikel)'],
    separators: /,|\sen\s|\s&\s/i,
    determiners: 'de|het|een|wat',
    knownItems: KNOWN_ITEMS,
    addListFirst: [p('\\b(?:voeg|zet|schrijf|doe)', " (?:aan|op|in|bij) (?:mijn |m'n |de |het |onze )?\\S*lijst(?:je)? (.+?)(?: toe| erbij| bij)?$")],
    fillers: "alsjeblieft|alstublieft|graag|even|ook|nog|toe|erbij",
    create: ['maak', 'nieuwe lijst', 'aanmaken'],
  },
  maths: {
    fromForms: [[/(?:trek|haal) (\d+(?:\.\d+)?) (?:af )?van (\d+(?:\.\d+)?)(?: af)?/, '$2 - $1']],
    ask: ['hoeveel is', 'hoeveel', 'wat is', 'is', 'reken uit', 'bereken', 'wat', 'gelijk aan', 'alsjeblieft'],
    operators: [
      ['x', '*'],
      ['plus', '+'], ['opgeteld bij', '+'], ['min', '-'], ['minus', '-'], ['keer', '*'], ['maal', '*'], ['vermenigvuldigd met', '*'],
      ['gedeeld door', '/'], ['tot de macht', '^'], ['in het kwadraat', '^ 2'], ['kwadraat', '^ 2'],
    ],
    brackets: [['haakje openen', '('], ['open haakje', '('], ['haakje open', '('], ['haakje sluiten', ')'], ['sluit haakje', ')'], ['haakje dicht', ')']],
    percentAfter: ['procent', 'percent'],
    of: 'van',
  },
  cancel: ['annuleer', 'annuleren', 'laat maar(?: zitten)?', 'vergeet het', 'stop', 'hou op'],
  dateQuestion: ['datum', 'welke dag'],
  lightNouns: ['licht', 'lichten', 'lamp', 'lampen', 'verlichting', 'lampje', 'plafondlamp', 'schemerlamp', 'bedlampje', 'leeslamp'],
  lightOn: ['aan', 'aanzetten', 'aandoen', 'aanknippen', 'inschakelen'],
  lightOff: ['uit', 'uitzetten', 'uitdoen', 'uitschakelen'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['hoe laat', 'welke tijd', 'hoeveel uur'],
  timeNowOnly: ['hoe laat is het', 'hoe laat is het nu'],
  placeBefore: ['in', 'te', 'op'],
  brightness: { brighter: ['feller', 'helderder', 'lichter', 'meer licht'], dimmer: ['donkerder', 'dimmen', 'dim', 'minder fel', 'minder licht', 'zachter'] },
  pause: ['pauze', 'pauzeer', 'stop', 'muziek uit', 'zet de muziek uit', 'zet muziek uit', 'zet de muziek af', 'muziek af', 'stilzetten', 'stil zetten', 'zet de muziek stil', 'zet muziek stil', 'zet het stil'],
  resume: ['hervat', 'ga door', 'verder', 'doorgaan'],
  volume: {
    louder: ['harder', 'luider', 'zet harder', 'geluid harder', 'volume omhoog', 'volume hoger', 'draai harder'],
    quieter: ['zachter', 'zet zachter', 'geluid zachter', 'volume omlaag', 'volume lager', 'stiller', 'minder hard', 'draai zachter'],
    mute: ['dempen', 'demp het geluid', 'geluid uit', 'zet het geluid uit'],
    nouns: ['volume', 'geluid', 'geluidsniveau'],
    to: ['op', 'naar', 'tot'],
    aBit: ['een beetje', 'een tikje', 'een stukje', 'een klein beetje', 'een tandje'],
  },
  media: { nouns: ['muziek', 'liedje', 'nummer', 'lied', 'podcast', 'radio', 'luisterboek'], next: ['volgende nummer', 'volgend nummer', 'volgende liedje', 'sla over', 'overslaan'] },
  thanks: ['dank', 'bedankt'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: '(?:zet|plan|voeg|maak|noteer|plaats|boek)(?: (?:een|de|het))?',
    trail: '(?:toe|in)',
    calendar: '(?:(?:in|op|aan) (?:mijn |de )?)?(?:agenda|kalender)',
    glue: ['om', 'op', 'voor', 'aanstaande', 'volgende', 'uur', 'half', 'kwart', 'over'],
  },
};
