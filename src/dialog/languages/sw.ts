/** Swahili. */
import { H, itemPattern as p } from './shared.ts';
import type { DayPeriod, LanguagePack, RawClock } from './types.ts';
import { KNOWN_ITEMS } from './items/sw.ts';

const MIDNIGHT = ['usiku wa manane'];

/**
 * Swahili time counts from 6 o'clock: saa moja (1) is 7:00, saa sita (6) noon or midnight.
 * asubuhi/mchana/jioni/usiku give the half of the day. Null: the generic readers decide.
 */
function swahiliClock(d: string, t: string): RawClock | null {
  if (MIDNIGHT.some((w) => t.includes(w))) return null;
  const m = new RegExp(`(?:saa )?${H}(?: (?:na )?(nusu|robo|kasoro robo|kasorobo|dakika ${H}|${H}))?`).exec(d);
  if (!m || /\d[:.]\d/.test(d)) return null;
  const said = Number(m[1]);
  if (said < 1 || said > 12) return null;
  let h12 = (said + 6) % 12;
  let min = m[2] === 'nusu' ? 30 : m[2] === 'robo' ? 15 : Number(m[3] ?? m[4] ?? 0);
  if (m[2] === 'kasoro robo' || m[2] === 'kasorobo') {
    h12 = (h12 + 11) % 12;
    min = 45;
  }
  const period: DayPeriod | null = /asubuhi|alfajiri/.test(d) ? 'am' : /jioni/.test(d) ? 'pm' : /mchana/.test(d) ? 'midday' : /usiku/.test(d) ? 'night' : null;
  return min < 60 ? { h: h12 || 12, m: min, period } : null;
}

/** A hundred or a thousand followed by its multiplier (one to ten), as whole words. */
const SW_MULTIPLIED = /(?<!\p{L})(mia|elfu) (moja|mmoja|mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi)(?!\p{L})/gu;

export const sw: LanguagePack = {
  code: 'sw',
  unspaced: false,
  numbers: {
    units: 'sifuri moja|mmoja mbili|mawili|wawili tatu|matatu|watatu nne|manne|wanne tano|matano|watano sita saba nane tisa kumi',
    tens: 'ishirini thelathini arobaini hamsini sitini sabini themanini tisini',
    hundred: 'mia',
    joiners: ['na'],
    extra: { elfu: 1000 },
    // "mia moja" is one hundred and "elfu mbili" two thousand: the multiplier follows.
    reorder: (t) => t.replace(SW_MULTIPLIED, '$2 $1'),
  },
  clock: { am: [], pm: [], night: [], midday: [], noon: ['adhuhuri'], midnight: MIDNIGHT, rules: [], read: swahiliClock },
  dates: {
    relative: { leo: 0, kesho: 1, 'kesho kutwa': 2, keshokutwa: 2, 'siku inayofuata': 1, jana: -1 },
    weekdays: ['jumapili', 'jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi'],
    months: ['januari', 'februari', 'machi', 'aprili', 'mei', 'juni', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba'],
    next: ['ijayo', 'ujao'],
    inDays: /baada ya siku (\d+)/,
  },
  durations: {
    units: ['sekunde', 'dakika', 'masaa|saa'],
    halves: [[/dakika (\d+) na nusu/, 60]],
    fixed: [[/nusu saa/, 1800], [/robo saa/, 900]],
    unitFirst: true,
    andHalf: /saa (\d+) na nusu/,
    hourIsOclock: true,
    lengthCues: /(?:^|\s)(?:baada ya|kwa muda wa)\s/,
  },
  cues: {
    timerWords: ['kipima'],
    alarmVerbs: { set: ['weka', 'seti', 'niamshe', 'tengeneza'], remove: ['ondoa', 'futa', 'zima', 'ghairi', 'sitisha', 'upya'] },
    alarmWords: ['kengele', 'alarm'],
    wakeWords: ['niamshe', 'niamsha'],
    timerBefore: 'baada ya|kwa muda wa|kwa',
  },
  colours: {
    red: 'nyekundu|wekundu', orange: 'machungwa|chungwa', yellow: 'manjano', green: 'kijani', blue: 'bluu|buluu|samawati',
    purple: 'zambarau', pink: 'waridi|pinki', white: 'nyeupe|mweupe', warm: 'joto', cool: 'baridi',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [/^orodha\s+(?:ya\s+)?/i],
    add: [p('\\b(?:ongeza|weka|andika)', ' (.+?) (?:kwenye|katika|kwa|ndani ya)\\b')],
    remove: [p('\\b(?:ondoa|futa)', ' (.+?) (?:kwenye|kutoka|katika)\\b')],
    removeListFirst: [p('\\b(?:ondoa|futa)', ' (?:kwenye|kutoka|katika) (?:kwenye )?orodha(?: ya (?:manunuzi|ununuzi|vitu|kazi))?(?: yangu| yetu)? (?!(?:ya )?(?:manunuzi|ununuzi|vitu|kazi)(?: yangu| yetu)?$)(.+)$')],
    placeholders: ['kitu', 'kitu fulani', 'vitu'],
    separators: /,|\sna\s|\s&\s/i,
    knownItems: KNOWN_ITEMS,
    addListFirst: [p('\\b(?:ongeza|weka|andika)', ' (?:kwenye|katika|kwa) orodha(?: ya (?:manunuzi|ununuzi|vitu|kazi))?(?: yangu| yetu)? (?!(?:ya )?(?:manunuzi|ununuzi|vitu|kazi)(?: yangu| yetu)?$)(.+)$')],
    fillers: 'tafadhali|pia',
    create: ['tengeneza', 'unda'],
  },
  maths: {
    fromForms: [[/toa (\d+(?:\.\d+)?) (?:kutoka|katika) (?:kwa )?(\d+(?:\.\d+)?)/, '$2 - $1']],
    ask: ['ni ngapi', 'ngapi', 'ni kiasi gani', 'kiasi gani', 'ni', 'jumla ya', 'jibu', 'hesabu', 'sawa na'],
    operators: [
      ['x', '*'],
      ['jumlisha', '+'], ['ongeza', '+'], ['kuongeza', '+'], ['toa', '-'], ['kutoa', '-'], ['ondoa', '-'], ['zidisha', '*'], ['mara', '*'],
      ['gawanya kwa', '/'], ['gawanya', '/'],
    ],
    brackets: [['fungua mabano', '('], ['funga mabano', ')']],
    percentAfter: [],
    percentBefore: 'asilimia',
    of: 'ya|wa|la|za|cha|kwa',
  },
  cancel: ['ghairi', 'acha'],
  dateQuestion: ['tarehe', 'siku'],
  lightNouns: ['taa', 'mwanga', 'kandili'],
  lightOn: ['washa', 'uwashe', 'kuwasha', 'iwashe'],
  // The subjunctive of zima: "naomba uzime taa" (please turn off the light), "taa izime".
  lightOff: ['zima', 'zimisha', 'uzime', 'izime', 'zime', 'zimeni', 'uzizime'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['saa ngapi', 'ni saa ngapi', 'saa ni ngapi'],
  timeNowOnly: ['ni saa ngapi sasa', 'saa ngapi sasa', 'sasa ni saa ngapi'],
  brightness: { brighter: ['ongeza mwanga', 'angavu zaidi'], dimmer: ['punguza mwanga', 'fifisha'] },
  pause: ['simamisha', 'acha', 'zima muziki', 'sitisha'],
  resume: ['endelea'],
  volume: {
    louder: ['ongeza sauti', 'iongeze', 'iongezee', 'ongeza kidogo', 'sauti juu', 'ongeza kiwango cha sauti', 'pandisha sauti', 'sauti zaidi', 'paza sauti'],
    quieter: ['punguza sauti', 'sauti chini', 'shusha sauti', 'teremsha sauti', 'punguza kiwango cha sauti'],
    mute: ['zima sauti', 'nyamazisha', 'bila sauti'],
    nouns: ['sauti', 'kiwango cha sauti', 'volyumu'],
    to: ['kwenye', 'hadi', 'mpaka', 'iwe'],
    aBit: ['kidogo'],
  },
  media: { nouns: ['muziki', 'wimbo', 'nyimbo', 'redio', 'podikasti'], next: ['wimbo unaofuata', 'wimbo ujao'] },
  thanks: ['asante'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: '(?:ongeza|weka|panga|andika|unda)',
    calendar: '(?:(?:kwenye|katika) )?kalenda(?: yangu)?',
    glue: ['saa', 'siku', 'ya', 'tarehe', 'ijayo', 'nusu', 'robo', 'kasoro'],
  },
};
