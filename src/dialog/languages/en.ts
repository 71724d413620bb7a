/** English. */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/en.ts';

export const en: LanguagePack = {
  code: 'en',
  unspaced: false,
  numbers: {
    units: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    tens: 'twenty thirty forty fifty sixty seventy eighty ninety',
    hundred: 'hundred',
    joiners: ['and'],
    // "second" is left out: it is far more often the unit of time.
    extra: {
      thousand: 1000,
      twelveth: 12, twentyth: 20,
      first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
      eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
      seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
    },
  },
  clock: {
    // "a m" / "p m": the letters as a recognizer may space them.
    am: ['am', 'a.m.', 'a m', 'morning', 'in the morning'],
    pm: ['pm', 'p.m.', 'p m', 'afternoon', 'evening', 'tonight', 'in the evening', 'in the afternoon'],
    night: ['night', 'at night'],
    midday: [],
    noon: ['noon', 'midday'],
    midnight: ['midnight'],
    rules: [
      [new RegExp(`half past ${H}`), (m) => [n(m[1]), 30]],
      [new RegExp(`(?:a )?quarter (?:past|after) ${H}`), (m) => [n(m[1]), 15]],
      [new RegExp(`(?:a )?quarter (?:to|before|of) ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:minutes? )?(?:past|after) ${H}`), (m) => [n(m[2]), n(m[1])]],
      [new RegExp(`${H} (?:minutes? )?(?:to|before) ${H}`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`${H} (?:o|oh) ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  dates: {
    relative: { 'today*': 0, tonight: 0, 'tomorrow*': 1, 'day after tomorrow': 2, 'next day*': 1, 'the day after': 1, 'yesterday*': -1 },
    weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    next: ['next'],
    inDays: /(?:in|after) (\d+) days?|(?<!\d)(\d+) days? from (?:now|today)/,
    // "second" is a day only next to a month ("april second"); elsewhere it is the unit.
    withMonth: [[/(^|\s)second(?=$|\s)/g, '$1 2']],
    monthFirst: true,
  },
  durations: {
    units: ['seconds?|secs?', 'minutes?|mins?', 'hours?|hrs?'],
    halves: [[/(?<![\d.])(\d+) (?:and a half minutes?|minutes? and a half)/, 60]],
    fixed: [[/3 quarters of an hour/, 2700], [/quarter (?:of an )?hour/, 900], [/half (?:an )?hour/, 1800], [/\ban? minute and a half/, 90], [/\ban? (?=(?:second|minute|hour)\b)/, 0]],
    andHalf: /(?<![\d.])(\d+) (?:and a half hours?|hours? and a half)|(?:an? )hour and a half/,
  },
  cues: {
    timerWords: ['timer', 'count down', 'countdown'],
    alarmVerbs: { set: ['set', 'create', 'make', 'add', 'put'], remove: ['remove', 'delete', 'cancel', 'turn off', 'clear', 'stop', 'disable', 'get rid', 'switch off', 'erase', 'drop', 'unset', 'forget', "don't wake", 'dont wake', 'do not wake'] },
    alarmWords: ['alarm'],
    // "make sure i'm up at six forty five": being woken, said without "wake".
    wakeWords: ['wake me', 'wake up', 'get me up', "make sure i'm up", 'make sure im up', 'make sure i am up', "make sure i'm awake", 'make sure i am awake', 'make sure i get up', 'have to get up', 'need to get up', 'got to get up'],
    clockBefore: 'at|by|until|till',
    clockWords: /(?:^|\s)o ?'? ?clock(?:$|\s)/,
    timerBefore: 'in|for|after|within',
  },
  colours: {
    red: 'red|reddish', orange: 'orange', yellow: 'yellow|yellowish', green: 'green|greenish', blue: 'blue|bluish',
    purple: 'purple|violet|lavender', pink: 'pink', white: 'white', warm: 'warm|warmer', cool: 'cool|cooler|cold|colder',
  },
  // "red" must not match "reduce": whole words (and plurals) only.
  colourMatch: 'word',
  lists: {
    nameWords: [/(?<!\s)\s+lists?$/i, /^lists?\s+(?:of\s+|for\s+)?/i],
    add: [
      p('\\b(?:add|put|include|append|write(?: down)?|stick|pop|throw|jot(?: down)?|note(?: down)?)', ' (.+?) (?:to|on|onto|in|into) (?:my|the|a|our)\\b'),
      p('\\b(?:add|put)', ' (.+)$'),
      // "milk and eggs on the shopping list": no verb, the whole utterance is items and the list.
      p('^', '(?!(?:add|put|include|append|write|stick|pop|throw|jot|note|what|what\'s|whats|which|how|is|are|do|does|anything)(?:\\s|$))(.+?) (?:to|on|onto) (?:my|the|our) (?:\\S+ )?list(?: please)?$'),
    ],
    remove: [p('\\b(?:remove|delete|take|cross|erase|drop)', ' (.+?) (?:off )?(?:from|off) (?:my|the|a|our)?\\b')],
    removeListFirst: [p('\\b(?:remove|delete|take|cross|erase|drop)', ' (?:off |out )?(?:from|off) (?:my|the|our) (?:\\S+ ){0,2}?list (?!(?:of|for) )(.+)$')],
    placeholders: ['(?:an? )?(?:new )?(?:item|items|something|thing|things|entry|it|that|this)'],
    articles: /^(?:the|some) /i,
    notItem: /^(?:to|on|in|into|from)\b/i,
    separators: /,|\sand\s|\s&\s/i,
    determiners: 'the|some|a|an',
    knownItems: KNOWN_ITEMS,
    addListFirst: [p('\\b(?:add|put|include|append|write(?: down)?|stick|pop|throw|jot(?: down)?|note(?: down)?)', ' (?:to|on|onto|in|into) (?:my|the|our) (?:\\S+ ){0,2}?list (?!(?:of|for) )(.+)$')],
    fillers: 'please|also|too|as well|for me',
    create: ['create', 'new list', 'start', 'make'],
  },
  maths: {
    fromForms: [
      [/(?:subtract|take away|take) (\d+(?:\.\d+)?) (?:away )?from (\d+(?:\.\d+)?)/, '$2 - $1'],
      [/add (\d+(?:\.\d+)?) (?:and|to) (\d+(?:\.\d+)?)/, '$1 + $2'],
    ],
    ask: ["what's", 'whats', 'what is', 'how much is', 'how much', 'calculate', 'compute', 'equals', 'is', 'what', 'please', 'tell me'],
    operators: [
      ['plus', '+'], ['added to', '+'], ['minus', '-'], ['less', '-'], ['times', '*'], ['multiplied by', '*'], ['x', '*'],
      ['divided by', '/'], ['over', '/'], ['to the power of', '^'], ['squared', '^ 2'], ['cubed', '^ 3'],
    ],
    brackets: [
      ['open bracket', '('], ['close bracket', ')'], ['open parenthesis', '('], ['close parenthesis', ')'],
      ['open paren', '('], ['close paren', ')'], ['left bracket', '('], ['right bracket', ')'],
      ['left parenthesis', '('], ['right parenthesis', ')'],
    ],
    percentAfter: ['per cent', 'percent', 'percentage'],
    of: 'of',
  },
  cancel: ['cancel', 'never ?mind', 'forget it', 'stop'],
  dateQuestion: ['date', 'day'],
  lightNouns: ['light', 'lights', 'lamp', 'lamps', 'bulb', 'bulbs', 'lighting', 'chandelier'],
  lightOn: ['on', 'turn on', 'switch on'],
  lightOff: ['off', 'out', 'kill'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['what time is it', "what's the time", 'whats the time', 'what is the time', 'tell me the time', 'got the time', 'the time now', 'time is it'],
  timeNowOnly: ['what time is it', "what's the time", 'whats the time', 'time is it now'],
  placeBefore: ['in', 'at', 'for'],
  brightness: { brighter: ['brighter', 'brighten', 'more light', 'increase the brightness', 'turn up the light', 'turn the light up', 'turn up the lights', 'turn the lights up'], dimmer: ['dimmer', 'dim', 'darker', 'less light', 'decrease the brightness', 'lower the light', 'lower the lights', 'turn down the light', 'turn the light down', 'turn down the lights', 'turn the lights down'] },
  // " halt" from a word's start only (skills/helpers.ts saysCue): every language reads these, and
  // German "schalten" (switch) holds "halt".
  pause: ['pause', 'stop', ' halt', 'turn off the music', 'turn the music off', 'shut off the music', 'kill the music'],
  resume: ['resume', 'continue', 'unpause'],
  volume: {
    louder: ['louder', 'turn it up', 'turn up the volume', 'turn the volume up', 'turn up the sound', 'turn the sound up', 'turn the music up', 'turn up the music', 'volume up', 'raise the volume', 'increase the volume', 'crank it up', 'pump it up', 'more volume', 'sound up'],
    quieter: ['quieter', 'softer', 'less loud', 'turn it down', 'turn down the volume', 'turn the volume down', 'turn down the sound', 'turn the sound down', 'turn the music down', 'turn down the music', 'volume down', 'lower the volume', 'decrease the volume', 'reduce the volume', 'less volume', 'sound down'],
    mute: ['mute', 'mute it', 'silence the sound', 'sound off', 'turn off the sound', 'turn the sound off'],
    nouns: ['volume', 'sound level', 'loudness'],
    to: ['to', 'at'],
    aBit: ['a notch', 'one notch', 'one step', 'a step'],
  },
  media: { nouns: ['music', 'song', 'track', 'playback', 'player', 'podcast', 'radio', 'audiobook', 'tune'], next: ['next song', 'next track', 'skip this', 'skip the song', 'skip song', 'skip track', 'play the next'] },
  thanks: ['thank'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: "(?:please )?(?:add|put|schedule|book|create|make|set up|plan|note|enter|remind me (?:of|about))(?: (?:an?|the|my))?",
    calendar: '(?:(?:on|in|to|into) (?:my |the )?)?(?:calendar|agenda|diary)(?: for)?',
    glue: ['at', 'on', 'for', 'by', 'the', 'this', 'next', "o'clock", 'and', 'half', 'quarter', 'past'],
  },
};
