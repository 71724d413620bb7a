/**
 * A language pack: every table the dialogue needs to understand one language. The
 * normalizers, the maths reader, the follow-up and the skills are generic algorithms that
 * read these tables, so a new language is one pack plus one line in the registry.
 *
 * Conventions: word tables are matched against *cleaned* text (`clean` in
 * normalize/text.ts: NFKC, lower case, ASCII digits, the pack's own `fold`), rules that
 * read numbers run on *digitized* text (number words already `\d+`). Strings documented as
 * "regex source" are compiled by the reader; plain word lists are escaped. Every pattern
 * must run in linear time (the pack test runs each on 100,000 hostile characters).
 *
 * This file imports nothing, so that packs and readers can both depend on it.
 */

/** The light's colours, by canonical English key (their hex values live in normalize/colour.ts). */
export type ColourKey = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'pink' | 'white' | 'warm' | 'cool';

/** A part of the day that moves a 12-hour-clock hour. */
export type DayPeriod = 'am' | 'pm' | 'night' | 'midday';

/** A number word read on its own: its value, and whether a clitic "and" was glued to it (Arabic و). */
export interface NumberWord {
  v: number;
  conj: boolean;
}

/** How a language writes numbers in words. */
export interface NumberWords {
  /** Whether a number word not in the table ends the number: a case ending ("వందలో", in a hundred). */
  closes?: (word: string) => boolean;
  /**
   * Reads the numerals of a whole cleaned text itself (CJK positional numerals, Korean's two
   * number systems), returning the text with every number as decimal digits. When given,
   * the word lexicon below is not used.
   */
  digitize?: (t: string) => string;
  /** Cardinals from `unitsStart` (0) upwards, space-separated; `|` separates spellings of one value. */
  units?: string;
  unitsStart?: number;
  /** Tens from `tensStart` (20) in steps of ten. */
  tens?: string;
  tensStart?: number;
  /** Words for a hundred (`|`-separated). */
  hundred?: string;
  /** Words that join parts of one number (`twenty and one`, `vingt et un`, `kumi na moja`). */
  joiners?: readonly string[];
  /** Other one-word values: ordinals, 1000 (a multiplier like hundred), irregular hundreds. */
  extra?: Readonly<Record<string, number>>;
  /** Value of a word the table lacks: compounds (einundzwanzig), ordinals by ending (quinzième). */
  derived?: (word: string, table: ReadonlyMap<string, number>) => number | undefined;
  /** Clitics glued before a number word (Arabic وال, و, ال…), longest first; `conj`: the clitic means "and". */
  clitics?: readonly { prefix: string; conj: boolean }[];
  /** Extra cases where `next` continues the number `cur` (quatre-vingt, ثلاثة عشر), besides place value. */
  continues?: (cur: number, next: NumberWord) => boolean;
  /** A language's own way of joining `cur` and `next` (quatre + vingt = 80); undefined: added. */
  combine?: (cur: number, next: NumberWord) => number | undefined;
  /**
   * Rewrites the cleaned text before its number words are read, into the order the reader
   * knows (multiplier first): Swahili says the multiplier after the hundred ("mia tano" is 500);
   * German glues the half to the count ("zweieinhalb").
   */
  reorder?: (t: string) => string;
  /** Whether `word`, between `prev` and `next`, is not a number there (Hungarian "hét" is also a week). */
  notNumber?: (prev: string | undefined, word: string, next: string | undefined) => boolean;
}

/** `(match) → [hour, minute]`, on digitized text; the hour may still be on a 12-hour clock. */
export type TimeRule = readonly [RegExp, (m: RegExpExecArray) => readonly [number, number]];

/** A clock time read by a pack's own clock (Swahili counts hours from 6:00). `h` is 1–12 when `period` is null. */
export interface RawClock {
  h: number;
  m: number;
  period: DayPeriod | null;
}

/** Clock words: day periods, noon and midnight, and the local forms of "half past", "quarter to"… */
export interface ClockWords {
  /** Before noon (morning words, a.m.). Longer phrases win over shorter ones. */
  am: readonly string[];
  /** After noon (afternoon and evening words, p.m.). */
  pm: readonly string[];
  /** Night: 6–11 are evening hours, 1–5 early morning. */
  night: readonly string[];
  /** Around midday: 1–6 are afternoon hours, 12 is noon. */
  midday: readonly string[];
  noon: readonly string[];
  midnight: readonly string[];
  /** Half/quarter/"N past/to" forms, tried in order before plain "H M" readings. */
  rules: readonly TimeRule[];
  /** Rewrites the cleaned text before numbers are read (Russian полвосьмого → половина восьмого). */
  prepare?: (t: string) => string;
  /** A clock of the language's own, tried first on (digitized, cleaned) text; null: the generic rules decide. */
  read?: (d: string, t: string) => RawClock | null;
  /**
   * On digitized text: an hour said with the clock word (8 heures, 8h, 8 Uhr, 8 uur). Where the
   * spoken clock counts 24 hours, such an hour without a day period is the one said: an alarm
   * "à huit heures" is 8:00 (the evening is "vingt heures" or "huit heures du soir").
   */
  hour24?: RegExp;
}

/** Calendar words. Weekday and month entries are regex sources matched at word starts (inflected forms). */
export interface DateWords {
  /** Phrase → days from today; a trailing `*` matches any ending (tomorrow's, завтрашний). */
  relative: Readonly<Record<string, number>>;
  /** Seven entries, Sunday first; `|` separates spellings. */
  weekdays: readonly string[];
  /** Twelve entries from January, or none where months are numbered (月, 월: see `monthDay`). */
  months: readonly string[];
  /** "next" as in "next Friday" (skips today); substrings of the text. */
  next?: readonly string[];
  /** "next week" said with a weekday ("onsdag nästa vecka"): that weekday in the week after this one; substrings of the text. */
  nextWeek?: readonly string[];
  /** "in N days" → N (digitized text); a leading `(\d+)` needs `(?<!\d)` before it (linear). */
  inDays?: RegExp;
  /** Numbered month and day (3月14日, 6월 1일): groups year (optional), month, day. */
  monthDay?: RegExp;
  /** A numbered month was said (then only `monthDay` may read the day). */
  monthMark?: RegExp;
  /** A day of the month said alone in unspaced scripts (十五日): group 1 is the day. */
  dayOfMonth?: RegExp;
  /** Rewrites applied when a month is named (English "april second" → "april 2"). */
  withMonth?: readonly (readonly [RegExp, string])[];
  /** When this matches, relative words are not a day ("de la mañana" is "in the morning"). */
  notRelative?: RegExp;
  /** Numeric dates are month first (4/5 = April 5). */
  monthFirst?: boolean;
  /**
   * A named month takes its day only when the text holds one number and no other: the tables
   * of languages without a pack read no ordinals or years in words ("the fourteenth of April
   * 2017" would give the 17th).
   */
  oneNumberWithMonth?: boolean;
  /** Weekday and month names must be whole words (with the language's clitics), not word starts. */
  wholeWords?: boolean;
}

/** Units of time and the phrases that are worth a fixed length. */
export interface DurationWords {
  /** Regex sources for seconds, minutes, hours. */
  units: readonly [string, string, string];
  /** Phrases worth a fixed number of seconds; 0 rewrites the phrase to "1 " ("an hour" → "1 hour"). */
  fixed?: readonly (readonly [RegExp, number])[];
  /** An hour count and a half ("2 and a half hours"): group 1 is the count (absent: 1). */
  andHalf?: RegExp;
  /** A count of a unit and a half ("2 minutes and a half", "3分半"): group 1 is the count, the number the unit's seconds. */
  halves?: readonly (readonly [RegExp, number])[];
  /** The unit comes before the number (Swahili: dakika tano). */
  unitFirst?: boolean;
  /** The word for "hours" also means o'clock (sept heures, семь часов): undecided, it is a time. */
  hourIsOclock?: boolean;
  /** With `hourIsOclock`: words in the utterance that make "N hours" a length (dans, через). */
  lengthCues?: RegExp;
}

/** What tells an alarm (a clock time) from a timer (a length) around the same words. */
export interface TimerCues {
  /** Substrings of the utterance that ask for a timer: a duration is meant even if it could be a time. */
  timerWords: readonly string[];
  /** Regex source: words right before a clock time (at, um, à, a las, в). */
  clockBefore?: string;
  /** Words only a clock time has (o'clock, Uhr, 時 not 時間), on the digitized slot. */
  clockWords?: RegExp;
  /** Regex source: words right before a length of time (in, dans, через). */
  timerBefore?: string;
  /** Words right after a length of time (後, बाद, sonra), tested on the text after the slot. */
  timerAfter?: RegExp;
  /** Substrings naming an alarm clock (alarm, Wecker, réveil, 闹钟): with a clock time, the request sets an alarm. */
  alarmWords?: readonly string[];
  /**
   * Word starts of the verbs that set an alarm and that remove one ("alarm kur", "アラームセット
   * して" read as a removal): a removal reading with a set verb and no remove verb is a request
   * to set one. Substrings in a language written without spaces.
   */
  alarmVerbs?: { readonly set: readonly string[]; readonly remove: readonly string[] };
  /** Substrings asking to be woken (wake me, weck mich, réveille-moi): an hour from 1 to 6 said without a day period is in the morning. */
  wakeWords?: readonly string[];
  /** A request to be woken whose words other words may part (Turkish "beni yarın altıda kaldır"), on lower-cased text. */
  wakeAround?: RegExp;
}

/** Where an add/remove pattern may start (`verb`, global) and the whole of it (`full`, sticky; group 1 is the item). */
export interface ItemPattern {
  verb: RegExp;
  full: RegExp;
}

/** List words: names, items, and the verbs that find them. */
export interface ListWords {
  /** The word "list" around a list's name, removed from it (`^…` before, `…$` after). */
  nameWords: readonly RegExp[];
  /** Languages that write the name and "list" as one word: that word (liste → Einkaufsliste). */
  compoundWith?: string;
  /** Patterns finding the item in "add milk to my list", tried in order. */
  add: readonly ItemPattern[];
  /**
   * "add to my shopping list milk and eggs": the list named before the items. Group 1 is all
   * that follows the list word (and a name the pattern knows); a name the NLU tagged at its
   * start is cut off. Tried before `add`.
   */
  addListFirst?: readonly ItemPattern[];
  /** The same for removing: "remove from my shopping list the eggs". Tried before `remove`. */
  removeListFirst?: readonly ItemPattern[];
  /** Regex source: words around the item text that are no part of it ("bitte", "please"). */
  fillers?: string;
  remove: readonly ItemPattern[];
  /** Regex sources for words that stand for "an item" rather than being one (something, etwas). */
  placeholders: readonly string[];
  /** Words dropped before an item ("the", "some"). */
  articles?: RegExp;
  /** A found "item" that is really a misparse (it starts with "to", "from"). */
  notItem?: RegExp;
  /** Between items of one request ("apples and pears", "Äpfel, Birnen"): splits the item text. */
  separators: RegExp;
  /**
   * Regex source: articles and the like that may come before an item ("the", "du", "le"):
   * "enlève le lait" removes the "du lait" that was added.
   */
  determiners?: string;
  /**
   * Regex source: words that begin an item ("du", "des", "della"): "du lait des œufs", said
   * without a comma, is two items. Only words that rarely stand inside an item.
   */
  itemStarts?: string;
  /**
   * Single words that are, alone, a whole item and rarely begin a longer one ("eggs",
   * "butter"; not "apple", which begins "apple juice"): a run of them said without commas
   * ("eggs butter and flour") is one item per word. A run with any other word stays one item.
   */
  knownItems?: readonly string[];
  /** Substrings asking for a new list (create, neue, crée). */
  create: readonly string[];
}

/** Spoken maths: operator and bracket words, and how "X percent of Y" is said. */
export interface MathWords {
  /** Phrase → symbol (`+ - * / ^`, or `^ 2`); longer phrases are tried first. */
  operators: readonly (readonly [string, string])[];
  /**
   * Subtraction said with "from" (subtract 40 from 100, सौ में से चालीस घटाओ, 100から40を引く):
   * a pattern over the text with its numbers as digits, and the expression it stands for.
   */
  fromForms?: readonly (readonly [RegExp, string])[];
  /** Spoken brackets; typed and full-width ones work in every language. */
  brackets: readonly (readonly [string, '(' | ')'])[];
  /** Percent words after the number (ten percent, 十パーセント). */
  percentAfter: readonly string[];
  /** A percent word before the number (百分之十, asilimia kumi, yüzde on). */
  percentBefore?: string;
  /** Regex source: "of" between the percentage and its base. */
  of?: string;
  /** Regex source: "of" where the base comes first (百の十パーセント, सौ का दस प्रतिशत). */
  baseFirst?: string;
  /**
   * Words that ask for the result around a sum (what is, combien font, 等于多少, はいくつ):
   * a sum with only these beside it is arithmetic whatever intent the NLU gave it.
   */
  ask?: readonly string[];
}

/**
 * Volume words. Phrases are matched as whole words on cleaned text (substrings where the
 * script has no spaces, word starts where words take suffixes), like `hasPhrase`.
 */
export interface VolumeWords {
  /** Phrases that can only mean "louder" (louder, turn it up, lauter, plus fort, погромче, 声音大). */
  louder: readonly string[];
  /** Phrases that can only mean "quieter". */
  quieter: readonly string[];
  /** Phrases that mean "mute" (mute, stumm, coupe le son, 静音). */
  mute: readonly string[];
  /** Names of the sound level (volume, Lautstärke, son, 音量): with a number it is the level to set. */
  nouns: readonly string[];
  /** Words right before a level ("to", "auf", "à", "на"): with a louder/quieter word, the number is a level, not a step. */
  to: readonly string[];
  /** Words right after a level (に, 으로, पर). */
  toAfter?: readonly string[];
  /** "A little" phrases that hold a number word (un poco, ein bisschen, 一点): one step, not a level. */
  aBit?: readonly string[];
}

/** Player words besides `pause` / `resume`. */
export interface MediaWords {
  /** What plays (music, song, Musik, 音楽): a pause/resume/next word with one of these is about the player. */
  nouns: readonly string[];
  /** Next-track phrases (next song, skip, nächster Titel, 下一首). */
  next: readonly string[];
}

/** Everything the dialogue knows about one language. */
/**
 * The words around an event's title, by language (regex sources, on lower-cased text):
 * `lead` the command that starts the request ("add", "trag", "ajoute un"), `trail` the one
 * that ends it ("ein", "ekle", "を入れて", "추가해 줘"), `calendar` "on my calendar" wherever
 * it is, `glue` the small words joining the title to its day and time ("at", "am", "の").
 * Everything matches at word edges (character edges in unspaced scripts).
 */
export interface EventWords {
  lead?: string;
  trail?: string;
  calendar?: string;
  glue: readonly string[];
}

export interface LanguagePack {
  /** ISO 639-1 code: the language part of a MASSIVE locale (`pt-PT` → `pt`). */
  code: string;
  /** Written without spaces between words (ja, zh): phrases match as substrings. */
  unspaced: boolean;
  /** Words take suffixes (Turkish cases, Korean particles): phrases match at word starts. */
  suffixed?: boolean;
  /** Spelling folds applied by `clean` after lower-casing (Arabic letter variants, Russian ё, elision). */
  fold?: (t: string) => string;
  /** Regex source: clitics that may be glued before any phrase (Arabic و, ب, ل). */
  phrasePrefix?: string;
  numbers: NumberWords;
  clock: ClockWords;
  dates: DateWords;
  durations: DurationWords;
  cues: TimerCues;
  /** Colour word stems, `|`-separated, for every colour key. */
  colours: Readonly<Record<ColourKey, string>>;
  /** How colour stems match: whole words (+s), word starts (inflected), or substrings (affixes, no spaces). */
  colourMatch: 'word' | 'prefix' | 'substring';
  lists: ListWords;
  maths: MathWords;
  /** Regex sources: a whole utterance that cancels the open question (cancel, abbrechen, 取消). */
  cancel: readonly string[];
  /** Substrings asking for the date rather than the time (date, Datum, 日付). */
  dateQuestion: readonly string[];
  /** Substrings asking to pause or resume playback. */
  pause: readonly string[];
  resume: readonly string[];
  /** Volume words (louder, quieter, mute, the level's name and "to"). */
  volume?: VolumeWords;
  /**
   * Words that say which way the light's brightness goes (feller, heller, ярче / donkerder,
   * dunkler, темнее), matched as whole phrases on cleaned text: the NLU confuses brighten
   * and dim, which share every other word.
   */
  brightness?: { brighter: readonly string[]; dimmer: readonly string[] };
  /** Words for the light (light, Licht, 灯): with a colour word, an utterance the NLU could not read is a colour change. */
  lightNouns?: readonly string[];
  /** Words that turn a light off (off, aus, éteins, 消): an "off" reading with a colour word and none of these is a colour change. */
  lightOff?: readonly string[];
  /** Words that turn a light on (on, an, allume, 开): with a light noun, an unsure reading of something else is "on". */
  lightOn?: readonly string[];
  /** Phrases that ask for the time now (what time is it, wie spät, 几点): an unsure reading of one is a time question. */
  timeNow?: readonly string[];
  /**
   * Phrases that can only ask for the time now ("what time is it", "क्या टाइम हो रहा है"),
   * unlike "what time" (of a meeting, of the alarm): they make a calendar or alarm question
   * the NLU was not sure of a time question.
   */
  timeNowOnly?: readonly string[];
  /**
   * Words said right before a place (in, à, в): a place the NLU tagged in a time question
   * without one is no place ("weißt" of "weißt du wie spät es ist"). Absent where places take
   * postpositions or suffixes.
   */
  placeBefore?: readonly string[];
  /** Player words (what plays, next track). */
  media?: MediaWords;
  /** Substrings saying thank you. */
  thanks: readonly string[];
  /** Calendar titles: the command, "on my calendar" and glue words around them. */
  events?: EventWords;
}

/** A language's number words in the tables of languages without a pack (numberWords.ts), with what only those tables need. */
export interface TableWords extends NumberWords {
  /** Compounds written as one word: `tensUnit` ("tjugofem") and/or `unitJoinTens` ("femogtyve", with the joiner). */
  glued?: { tensUnit?: boolean; unitJoinTens?: string };
  /** Case endings read off a number word of at least three letters ("hétkor" → 7). */
  suffixes?: readonly string[];
  /** Whether `word`, with its neighbours, is not a number here. */
  notNumber?: (prev: string | undefined, word: string, next: string | undefined) => boolean;
}
