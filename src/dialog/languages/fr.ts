/** French. */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/fr.ts';

/** The verbs that add to a list: they start the item pattern, and a verbless request may not begin with one. */
const ADD = 'ajoute[rz]?|rajoute[rz]?|ajouter|rajouter|mets|mettez|mettre|remets|inscris|note|écris|ecris|marque';

export const fr: LanguagePack = {
  code: 'fr',
  unspaced: false,
  numbers: {
    units: 'zéro|zero un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize',
    tens: 'vingt|vingts trente quarante cinquante soixante',
    hundred: 'cent|cents',
    joiners: ['et'],
    extra: { mille: 1000, premier: 1, première: 1, premiere: 1 },
    // quinzième → quinze, cinquième → cinq, neuvième → neuf
    derived: (word, table) => {
      if (!word.endsWith('ième')) return undefined;
      const stem = word.slice(0, -4);
      return table.get(stem) ?? table.get(`${stem}e`) ?? ({ cinqu: 5, neuv: 9 } as Record<string, number>)[stem];
    },
    // quatre-vingt; soixante-dix, quatre-vingt-douze (the teens after 60 and 80).
    continues: (cur, next) => (cur % 100 === 4 && next.v === 20) || ((cur % 100 === 60 || cur % 100 === 80) && next.v < 20),
    combine: (cur, next) => (cur % 100 === 4 && next.v === 20 ? cur - 4 + 80 : undefined),
  },
  clock: {
    am: ['a.m.', 'am', 'du matin', 'matin'],
    pm: ['p.m.', 'pm', "de l'apres midi", "de l'après midi", 'après midi', 'apres midi', 'du soir', 'soir'],
    night: ['de la nuit', 'nuit'],
    midday: [],
    noon: ['midi'],
    midnight: ['minuit'],
    hour24: /\d ?h(?:eures?)?(?:$|\s|\d)/,
    rules: [
      [/midi et demie?/, () => [12, 30]],
      [/minuit et demie?/, () => [0, 30]],
      [new RegExp(`${H} ?h(?:eures?)? et demie?`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} ?h(?:eures?)? et quart`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} ?h(?:eures?)? moins (?:le )?quart`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} ?h(?:eures?)? moins ${H}`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} ?h(?:eures?)? ?${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  dates: {
    relative: { "aujourd'hui": 0, "d'aujourd'hui": 0, 'ce soir': 0, demain: 1, 'après demain': 2, 'apres demain': 2, lendemain: 1, hier: -1 },
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
    next: ['prochain', 'prochaine'],
    inDays: /(?:dans|après) (\d+) jours?/,
  },
  durations: {
    // Not the "minute" of "minuteur" (the timer itself).
    units: ['secondes?', 'minutes?(?!ur)', 'heures?'],
    halves: [[/(?<![\d.])(\d+) minutes? et demie?/, 60]],
    // "d'une heure": the elided article is not read as a number; it is one.
    fixed: [[/3 quarts d' ?heure/, 2700], [/quart d' ?heure/, 900], [/demi heure/, 1800], [/(?:^|\s|')une? (?=(?:seconde|minute|heure))/, 0]],
    andHalf: /(?<![\d.])(\d+) heures? et demie?|(?:^|\s|')une heure et demie?/,
    hourIsOclock: true,
    lengthCues: /(?:^|\s)(?:dans|pendant|durant)\s/,
  },
  cues: {
    timerWords: ['minuteur', 'timer', 'compte à rebours', 'compte a rebours', 'chronomètre', 'chronometre'],
    alarmVerbs: { set: ['mets', 'mettre', 'règle', 'regle', 'programme', 'crée', 'cree', 'ajoute', 'réveille', 'reveille'], remove: ['supprime', 'enlève', 'enleve', 'annule', 'efface', 'désactive', 'desactive', 'arrête', 'arrete', 'retire', 'éteins', 'eteins', 'ne me réveille', 'ne me reveille', 'oublie'] },
    alarmWords: ['réveil', 'reveil', 'alarme'],
    wakeWords: ['réveille', 'reveille', 'me lever'],
    // Not "pour": "une alarme pour dix minutes" is a length.
    clockBefore: 'à|a|vers',
    clockWords: /\d ?h(?:$|\s|\d)/,
    timerBefore: 'dans|pendant|durant',
  },
  colours: {
    red: 'rouge', orange: 'orange', yellow: 'jaune', green: 'vert', blue: 'bleu', purple: 'violet|pourpre|lavande', pink: 'rose',
    white: 'blanc', warm: 'chaud|chaleureu', cool: 'froid|frais',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [/^listes?\s+(?:de\s+|des\s+|du\s+|d')?/i, /(?<!\s)\s+listes?$/i, /^(?:de\s+|des\s+|du\s+|d')/i],
    add: [p(`\\b(?:${ADD})`, ' (.+?) (?:à|a|sur|dans) (?:ma|la|mon|le|les|mes)\\b'),
      // "du lait et des œufs sur la liste de courses": no verb, the whole utterance is items and the list.
      p('^', `(?!(?:${ADD}|qu'y|qu'est|qu'est-ce|qu'il|que|quoi|quel|quelle|quels|est|combien|y a)(?:\\s|$))(.+?) (?:sur|à|a|dans) (?:ma|la|notre) liste(?: de(?:s)? \\S+)?(?: s'il te plaît| stp)?$`)],
    remove: [p('\\b(?:enlève|enleve|supprime|retire|efface|raye)', ' (.+?) (?:de|du|des) (?:ma|la|mon|le)?\\b')],
    removeListFirst: [p('\\b(?:enlève|enleve|supprime|retire|efface|raye)', " (?:de|sur) (?:ma|la|mon|notre) liste(?: (?:de|des|du) (?:courses|course|tâches|cadeaux))? (?!(?:(?:de|des|du) )?(?:courses|course|tâches|cadeaux)$)(.+)$")],
    placeholders: ['quelque chose', 'une chose', 'des choses', 'un truc', 'des trucs', 'un (?:élément|article)'],
    separators: /,|\set\s|\s&\s/i,
    determiners: "le|la|les|l'|du|de la|de l'|des|un|une|quelques",
    knownItems: KNOWN_ITEMS,
    itemStarts: "du|des|de la|de l'|un|une|quelques",
    addListFirst: [p(`\\b(?:${ADD})`, " (?:à|a|sur|dans) (?:ma|la|mon|notre) liste(?: (?:de|des|du) (?:courses|course|tâches|cadeaux))? (?!(?:(?:de|des|du) )?(?:courses|course|tâches|cadeaux)$)(.+)$")],
    fillers: "s'il te plaît|s'il vous plaît|stp|aussi|moi",
    create: ['crée', 'nouvelle'],
  },
  maths: {
    fromForms: [[/(?:soustrais|soustraire|retire|enlève|enleve) (\d+(?:\.\d+)?) (?:de|à|a) (\d+(?:\.\d+)?)/, '$2 - $1']],
    ask: ['combien font', 'combien fait', 'combien ça fait', 'combien', "c'est combien", 'ça fait combien', 'calcule', 'font', 'fait', 'égal', 'égale', "qu'est ce que", 'quel est', 'est', "s'il te plaît", 'stp'],
    operators: [
      ['x', '*'],
      ['plus', '+'], ['moins', '-'], ['fois', '*'], ['multiplié par', '*'], ['divisé par', '/'], ['divise par', '/'],
      ['multiplie par', '*'], ['sur', '/'], ['puissance', '^'], ['au carré', '^ 2'],
    ],
    brackets: [
      ['ouvrez la parenthèse', '('], ['ouvre la parenthèse', '('], ['ouvrir la parenthèse', '('], ['ouvrez les parenthèses', '('],
      ['ouvre parenthèse', '('], ['parenthèse ouvrante', '('],
      ['fermez la parenthèse', ')'], ['ferme la parenthèse', ')'], ['fermer la parenthèse', ')'], ['fermez les parenthèses', ')'],
      ['ferme parenthèse', ')'], ['parenthèse fermante', ')'],
    ],
    percentAfter: ['pour cent', 'pourcentages', 'pourcentage', 'pourcent'],
    of: "de|du|des|d'",
  },
  cancel: ['annule[rz]?', 'laisse tomber'],
  dateQuestion: ['jour', 'date'],
  lightNouns: ['lumière', 'lumiere', 'lumières', 'lumieres', 'lampe', 'lampes', 'éclairage', 'eclairage', 'plafonnier', 'lampadaire', 'veilleuse', 'applique', 'lustre', 'ampoule'],
  lightOn: ['allume', 'allumer', 'allumes', 'allumez', 'rallume'],
  lightOff: ['éteins', 'éteindre', 'éteint', 'éteinte', 'eteins', 'eteindre', 'coupe', 'couper'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['quelle heure', "l'heure qu'il est", 'heure est il', "l'heure"],
  timeNowOnly: ['quelle heure est il', "il est quelle heure", "l'heure qu'il est"],
  placeBefore: ['à', 'a', 'en', 'au', 'aux', 'pour'],
  brightness: { brighter: ['plus lumineux', 'plus lumineuse', 'plus clair', 'plus de lumière', 'augmente la luminosité', 'monte la lumière'], dimmer: ['moins lumineux', 'moins lumineuse', 'plus sombre', 'moins de lumière', 'tamise', 'baisse la lumière', 'baisse la luminosité', 'diminue la luminosité'] },
  pause: ['arrête', 'arrete', 'pause', 'coupe la musique', 'éteins la musique', 'eteins la musique', 'stoppe la musique', 'vire la musique', 'stop'],
  resume: ['reprends', 'reprendre', 'continuer', 'enlève la pause', 'enleve la pause', 'retire la pause', 'remets', 'remettre', 'relance', 'relancer'],
  volume: {
    louder: ['plus fort', 'monte le son', 'monte le volume', 'augmente le son', 'augmente le volume', 'mets plus fort', 'plus de volume', 'monter le son', 'monter le volume', 'augmenter le son', 'augmenter le volume', 'monte la musique', 'monter la musique'],
    quieter: ['moins fort', 'baisse le son', 'baisse le volume', 'diminue le son', 'diminue le volume', 'moins de volume', 'baisser le son', 'baisser le volume', 'baisse la musique'],
    mute: ['coupe le son', 'couper le son', 'sourdine', 'muet', 'mode silencieux', 'mets en sourdine'],
    nouns: ['volume', 'son', 'niveau sonore'],
    to: ['à', 'a', 'sur'],
    aBit: ['un peu', 'un petit peu', 'un poil', 'un chouïa', 'un chouia', 'un brin', 'un cran', "d'un cran"],
  },
  media: { nouns: ['musique', 'chanson', 'morceau', 'titre', 'lecture', 'podcast', 'radio', 'livre audio'], next: ['chanson suivante', 'morceau suivant', 'titre suivant', 'piste suivante', 'passe à la suivante'] },
  thanks: ['merci'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: "(?:ajoute|ajouter|mets|met|note|crée|créer|programme|planifie|prévois|inscris|réserve)(?: (?:moi|un|une|le|la|l'))*",
    calendar: "(?:(?:dans|à|sur|au) (?:mon |le |l'|ma )?)?(?:calendrier|agenda)",
    glue: ['à', 'le', 'pour', 'vers', 'au', 'de', 'prochain', 'heures', 'heure', 'demi', 'quart'],
  },
};
