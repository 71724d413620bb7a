/**
 * Turns a `Reply` (key + parameters) into the sentence the assistant says, in the user's
 * locale. Templates are ICU MessageFormat (see catalog.ts), formatted with `intl-messageformat`
 * in the locale: counts get the language's plural forms and digits. A locale that lacks the
 * key, or whose template cannot be formatted, falls back to English and says so (`fallback`,
 * `lang: 'en'`), so the UI can mark it and speech can pick an English voice; never silently,
 * and never by throwing.
 */
import { languages, langTag } from '../languages.ts';
import { fill, formatMessage, type MessageValues } from '../uiText.ts';
import { EN_REPLIES, type Reply, type ReplyKey, type ReplyTemplates } from './catalog.ts';
import { REPLY_TEMPLATES } from './locales/index.ts';

/** A rendered reply: plain text plus the language it is actually in. */
export interface RenderedReply {
  /** Plain text (never HTML); a missing `{name}` value is left visible. */
  text: string;
  /** BCP 47 tag of the text actually used (`en` when it fell back). */
  lang: string;
  /** True when the text is English because the locale lacks the key (or its template failed). */
  fallback: boolean;
}

/** The locale whose templates are the source; it never "falls back". */
const SOURCE_LOCALE = 'en-US';

const REPLY_KEYS = Object.keys(EN_REPLIES) as ReplyKey[];

/**
 * A renderer over a given table (tests pass a partial one). A sentence that starts with a
 * value ("{list} is empty.") gets its first letter capitalized for the locale.
 */
export function makeRenderReply(tables: Readonly<Record<string, ReplyTemplates>>) {
  return (reply: Reply, locale: string): RenderedReply => {
    const own = tables[locale]?.[reply.key];
    let template: string = EN_REPLIES[reply.key];
    let text = own === undefined ? undefined : tryFormat(own, locale, reply.params);
    if (text !== undefined && own !== undefined) template = own;
    const fallback = text === undefined && locale !== SOURCE_LOCALE;
    // The English catalogue is valid (tests parse it); a bad value still renders, visibly.
    text ??= fill(template, reply.params, SOURCE_LOCALE);
    const lang = fallback ? 'en' : langTag(locale);
    if (template.startsWith('{')) text = capitalizeFirst(text, lang);
    return { text, lang, fallback };
  };
}

/** The formatted template, or undefined when it cannot be formatted (invalid ICU, bad value). */
function tryFormat(template: string, locale: string, params: MessageValues | undefined): string | undefined {
  try {
    return formatMessage(template, locale, params);
  } catch {
    return undefined;
  }
}

/** Renders `reply` in `locale` (a MASSIVE code such as `de-DE`). */
export const renderReply = makeRenderReply(REPLY_TEMPLATES);

/** The keys each MASSIVE locale lacks (and so says in English), for reports and the README. */
export function replyCoverage(
  tables: Readonly<Record<string, ReplyTemplates>> = REPLY_TEMPLATES,
): Record<string, { missing: ReplyKey[] }> {
  return Object.fromEntries(
    languages.map((l) => [l.code, { missing: REPLY_KEYS.filter((k) => tables[l.code]?.[k] === undefined) }]),
  );
}

/** Upper-cases the first letter if it is a lower-case one (no-op for caseless scripts). */
function capitalizeFirst(text: string, lang: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  if (!/\p{Ll}/u.test(ch)) return text;
  let upper: string;
  try {
    upper = ch.toLocaleUpperCase(lang);
  } catch {
    upper = ch.toUpperCase();
  }
  return upper + text.slice(ch.length);
}
