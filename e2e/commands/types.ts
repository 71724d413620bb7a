/**
 * The natural-command suite's types: what a person says to the assistant (one or more turns,
 * lowercase and unpunctuated, as a recognizer delivers it) and the visible effect it must
 * have. Shared by the Node runner (`npm run commands`), the Chromium spec
 * (e2e/commands.spec.ts) and the checker (check.ts). See docs/commands.md.
 */

/** The 16 locales the suite covers, each with at least 25 commands. */
export const SUITE_LOCALES = [
  'en-US',
  'de-DE',
  'fr-FR',
  'es-ES',
  'it-IT',
  'pt-PT',
  'ja-JP',
  'zh-CN',
  'hi-IN',
  'ar-SA',
  'ru-RU',
  'sw-KE',
  'nl-NL',
  'pl-PL',
  'tr-TR',
  'ko-KR',
] as const;
export type SuiteLocale = (typeof SUITE_LOCALES)[number];

/**
 * Locales of held-out sets beyond the suite's 16: the seventh to tenth sets speak languages
 * that have no language pack (the dialogue reads them through its small tables), so that what
 * a Swedish, Persian or Hebrew speaker says is measured too. Not in the main suite or its baseline.
 */
export const HELDOUT7_LOCALES = ['sv-SE', 'da-DK', 'fi-FI', 'hu-HU', 'ro-RO', 'el-GR', 'id-ID', 'vi-VN', 'fa-IR', 'ca-ES'] as const;
export const HELDOUT8_LOCALES = ['nb-NO', 'is-IS', 'af-ZA', 'sq-AL', 'sl-SL', 'lv-LV', 'he-IL', 'tl-PH', 'ms-MY', 'az-AZ'] as const;
export const HELDOUT9_LOCALES = ['bn-BD', 'ur-PK', 'ta-IN', 'te-IN', 'ka-GE', 'hy-AM', 'mn-MN', 'cy-GB', 'jv-ID', 'th-TH'] as const;
export const HELDOUT10_LOCALES = ['am-ET', 'km-KH', 'kn-IN', 'ml-IN', 'my-MM'] as const;
export const EXTRA_LOCALES = [...HELDOUT7_LOCALES, ...HELDOUT8_LOCALES, ...HELDOUT9_LOCALES, ...HELDOUT10_LOCALES] as const;
/** The eleventh set speaks ten of those languages again, on a second plan (minutes, hours and minutes, three items, follow-ups overtaken). */
export const HELDOUT11_LOCALES = ['sv-SE', 'fi-FI', 'el-GR', 'he-IL', 'fa-IR', 'vi-VN', 'bn-BD', 'ta-IN', 'th-TH', 'km-KH'] as const;
/** The twelfth: ten others on the second plan, written after the eleventh set's fixes. */
export const HELDOUT12_LOCALES = ['af-ZA', 'az-AZ', 'ca-ES', 'cy-GB', 'da-DK', 'hu-HU', 'id-ID', 'ro-RO', 'ur-PK', 'mn-MN'] as const;
/** The thirteenth: ten more on the second plan, written after the twelfth set's fixes. */
export const HELDOUT13_LOCALES = ['nb-NO', 'is-IS', 'sq-AL', 'sl-SL', 'lv-LV', 'tl-PH', 'ms-MY', 'te-IN', 'ka-GE', 'hy-AM'] as const;
/** The fifteenth: the second plan in the five languages without a pack that had not had it, written after the fourteenth set's fixes. */
export const HELDOUT15_LOCALES = ['am-ET', 'kn-IN', 'ml-IN', 'my-MM', 'jv-ID'] as const;
/** The sixteenth: a third plan in eight of the suite's locales. */
export const HELDOUT16_LOCALES = ['de-DE', 'fr-FR', 'es-ES', 'pt-PT', 'ja-JP', 'zh-CN', 'ar-SA', 'ru-RU'] as const;
/** The seventeenth: the third plan in eight languages without a pack. */
export const HELDOUT17_LOCALES = ['ta-IN', 'te-IN', 'bn-BD', 'ur-PK', 'fa-IR', 'he-IL', 'th-TH', 'vi-VN'] as const;
/** The eighteenth: the third plan in the suite's other eight locales. */
export const HELDOUT18_LOCALES = ['en-US', 'it-IT', 'hi-IN', 'sw-KE', 'nl-NL', 'pl-PL', 'tr-TR', 'ko-KR'] as const;
/** The nineteenth: the third plan in eight more languages without a pack. */
export const HELDOUT19_LOCALES = ['sv-SE', 'da-DK', 'fi-FI', 'hu-HU', 'ro-RO', 'el-GR', 'id-ID', 'ca-ES'] as const;
/** The twentieth: the third plan in eight more languages without a pack. */
export const HELDOUT20_LOCALES = ['af-ZA', 'az-AZ', 'cy-GB', 'is-IS', 'lv-LV', 'sl-SL', 'sq-AL', 'tl-PH'] as const;
/** The twenty-first: the third plan in eight more languages without a pack. */
export const HELDOUT21_LOCALES = ['nb-NO', 'ms-MY', 'jv-ID', 'ka-GE', 'hy-AM', 'mn-MN', 'km-KH', 'my-MM'] as const;
/** A locale any set may speak: the suite's, or one of a held-out set's extra ones. */
export type SetLocale = SuiteLocale | (typeof EXTRA_LOCALES)[number];

/**
 * What the report groups by: the skills with a local effect, plus `followup` for the
 * multi-turn cases (a question answered, or a pending question overtaken by a new command).
 */
export const SUITE_SKILLS = ['alarm', 'timer', 'list', 'calendar', 'light', 'volume', 'media', 'math', 'datetime', 'followup'] as const;
export type SuiteSkill = (typeof SUITE_SKILLS)[number];

/** The light's colours by their canonical names (the panel's `data-colour`). */
export type LightColour = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'pink' | 'white';

/** `HH:MM`, 24-hour local time. */
export type ClockTime = `${number}:${number}`;
/** `YYYY-MM-DD`, a local calendar day. */
export type IsoDay = `${number}-${number}-${number}`;

/** A new calendar entry. */
export interface ExpectedEvent {
  day: IsoDay;
  /** Omitted when the command gives no time (then any time, or none, is accepted). */
  time?: ClockTime;
  /** Case-insensitive substring the title must contain, in the locale's own words. */
  titleIncludes: string;
  /**
   * Words of the date or time that must not end up in the title (case-insensitive
   * substrings). A title with a digit fails anyway unless `titleIncludes` has one.
   */
  notInTitle?: readonly string[];
}

/** The light after the command (`brightness` up/down compares with before; off counts as 0). */
export interface ExpectedLight {
  on?: boolean;
  colour?: LightColour;
  brightness?: 'up' | 'down' | number;
}

/**
 * The visible effect of a command. Every field given must hold; and every domain NOT given
 * must be left alone (no alarm, list item, event, light, volume or playback change), so "turn
 * off the lights" that also adds a list item is wrong.
 */
export interface Expected {
  /** Exactly one new alarm (not a timer) at this local time: `HH:MM`, or with its day. */
  alarm?: ClockTime | { time: ClockTime; day: IsoDay };
  /** Exactly one new timer of this many seconds. */
  timer?: number;
  /** Exactly these new list items (case-insensitive; a leading article such as "des" is tolerated). */
  listItems?: readonly string[];
  event?: ExpectedEvent;
  light?: ExpectedLight;
  /** `up`/`down` compared with before, or the level 0–100 it is set to. */
  volume?: 'up' | 'down' | number;
  playing?: boolean;
  /** The result the reply must state (the reply's effect must be `math:ok`). */
  math?: string;
  /** The reply's scenario (`data-scenario`). */
  replyScenario?: string;
  /** The reply's effect (`data-effect`) must start with this, e.g. `time:now`, or `date:` for any answer about a date. */
  replyEffect?: string;
}

/**
 * The state a command needs before it is said, so that its effect is visible: "turn off the
 * lights" needs the light on. Derived from `expect` when omitted (see `givenFor`).
 * `light: 'on'` is on at 100 %, `'dimmed'` on at 50 %.
 */
export interface Given {
  light?: 'off' | 'on' | 'dimmed';
  volume?: number;
  playing?: boolean;
}

/** One command as written in a locale file. */
export interface CommandSpec {
  skill: SuiteSkill;
  /** One utterance, or the turns of a conversation (judged from before the first to after the last). */
  say: string | readonly string[];
  expect: Expected;
  given?: Given;
  /** Why the expectation is what it is, where a reader might wonder (e.g. Swahili time). */
  note?: string;
}

/** A command of the suite, with its id (`de-DE#7`: locale and 1-based position). */
export interface Command extends CommandSpec {
  id: string;
  locale: SetLocale;
  turns: readonly string[];
  given: Given;
}
