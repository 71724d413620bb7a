/**
 * UI chrome text, by namespace, and the message formatting shared with the reply templates.
 *
 * Each capability keeps its English strings next to its UI (a leaf `en.ts`/`strings.ts`
 * exporting `const EN = {...} as const`, listed in `ui/sources.ts`) and gets a typed translator
 * from `makeTranslator('<namespace>', EN)`. Translations for other languages are data:
 * `src/i18n/ui/locales/<lang>.json`, `{ namespace: { key: text } }`, loaded lazily per language
 * (`ui/load.ts`, `ui/useUiLanguage.ts`) into a cache (`ui/cache.ts`) that the translators read
 * synchronously. Until a language has loaded, and for a key it lacks, the text is English;
 * a language under the coverage threshold is not offered at all (see `ui/sources.ts`).
 *
 * Strings are ICU MessageFormat, rendered with `intl-messageformat`: `{name}` places a value as
 * it is; a count is passed as a number and formatted by the message in its locale, with the
 * language's CLDR plural categories (`{count, plural, one {# alarm} other {# alarms}}`,
 * `{level, number, ::unit/percent}`). Tags are not parsed (`<b>` is text) and the output is
 * plain text, never HTML.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { langTag } from './languages.ts';
import { isUiPseudo, uiCatalog } from './ui/cache.ts';
import { keepMark, pseudoLocalize } from './ui/pseudo.ts';
import type { UiDict } from './ui/types.ts';

export type { UiDict };

/** Values for a message's arguments: strings are placed as they are, numbers are formatted. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A node of the parsed message, as far as this module reads it (the element types of
 * `@formatjs/icu-messageformat-parser`; `MESSAGE_NODE` below names the numbers).
 */
interface MessageNode {
  type: number;
  value?: string;
  style?: string | { tokens?: readonly { stem: string; options: readonly string[] }[] } | null;
  options?: Readonly<Record<string, { value: MessageNode[] }>>;
  pluralType?: 'cardinal' | 'ordinal';
  children?: MessageNode[];
}

/** Element types of the ICU syntax tree (the parser's `TYPE` enum; a test pins them). */
export const MESSAGE_NODE = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;

/** Compiled messages by locale and text; the texts are this app's own tables, so few. */
const COMPILED = new Map<string, IntlMessageFormat>();
const MAX_COMPILED = 5000;

function canonicalLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function compile(template: string, locale: string): IntlMessageFormat {
  const id = `${locale}\n${template}`;
  let message = COMPILED.get(id);
  if (!message) {
    if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
    message = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
    COMPILED.set(id, message);
  }
  return message;
}

/** The syntax tree of `template`; throws a SyntaxError (e.g. `MISSING_OTHER_CLAUSE`) if it is not valid ICU. */
export function parseMessage(template: string): readonly MessageNode[] {
  return compile(template, 'en').getAst() as unknown as MessageNode[];
}

function walk(nodes: readonly MessageNode[], visit: (node: MessageNode) => void): void {
  for (const node of nodes) {
    visit(node);
    for (const option of Object.values(node.options ?? {})) walk(option.value, visit);
    if (node.children) walk(node.children, visit);
  }
}

/** How an argument is used: `text` for `{name}`, else its format (`plural`, `number:::unit/percent`, …). */
function argumentKind(node: MessageNode): string | null {
  switch (node.type) {
    case MESSAGE_NODE.argument:
      return 'text';
    case MESSAGE_NODE.select:
      return 'select';
    case MESSAGE_NODE.plural:
      return node.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
    case MESSAGE_NODE.number: {
      const { style } = node;
      if (style == null) return 'number';
      if (typeof style === 'string') return `number:${style}`;
      return `number:::${(style.tokens ?? []).map((t) => [t.stem, ...t.options].join('/')).join(' ')}`;
    }
    case MESSAGE_NODE.date:
      return 'date';
    case MESSAGE_NODE.time:
      return 'time';
    default:
      return null;
  }
}

/**
 * The arguments of `template`, each with how it is used (`{count, plural, …}` → `plural`,
 * `{time}` → `text`). Throws if the template is not valid ICU.
 */
export function messageArguments(template: string): Map<string, string> {
  const args = new Map<string, string>();
  walk(parseMessage(template), (node) => {
    const kind = argumentKind(node);
    if (kind !== null && node.value !== undefined && !args.has(node.value)) args.set(node.value, kind);
  });
  return args;
}

/** The text a translator wrote, without any ICU syntax (every branch of every plural). */
export function messageLiterals(template: string): string {
  const parts: string[] = [];
  walk(parseMessage(template), (node) => {
    if (node.type === MESSAGE_NODE.literal && node.value) parts.push(node.value);
  });
  return parts.join(' ');
}

/** Each plural (and select) of `template`: its argument and its branch keys with their text. */
export function messageBranches(template: string): { name: string; kind: string; branches: Record<string, string> }[] {
  const out: { name: string; kind: string; branches: Record<string, string> }[] = [];
  walk(parseMessage(template), (node) => {
    if (!node.options || node.value === undefined) return;
    const branches: Record<string, string> = {};
    for (const [key, option] of Object.entries(node.options)) branches[key] = printBranch(option.value);
    out.push({ name: node.value, kind: argumentKind(node) ?? '?', branches });
  });
  return out;
}

function printBranch(nodes: readonly MessageNode[]): string {
  return nodes.map((n) => (n.type === MESSAGE_NODE.literal ? n.value : n.type === MESSAGE_NODE.pound ? '#' : `{${n.value ?? ''}}`)).join('');
}

/** A number for a numeric argument: a number, or a string of plain ASCII digits ("4000"). */
function numberValue(name: string, value: string | number | undefined): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  throw new TypeError(`{${name}} needs a number, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
}

/**
 * Formats an ICU message in `locale` (plural rules and digits of that locale). A `{name}` whose
 * value is missing stays visible as `{name}`, so a bug shows; a plural or number argument
 * without a finite number, or an invalid template, throws: callers fall back (see `fill`).
 */
export function formatMessage(template: string, locale: string, values?: MessageValues): string {
  const message = compile(template, canonicalLocale(locale));
  const given: Record<string, string | number> = {};
  for (const [name, kind] of messageArguments(template)) {
    const value = values && Object.hasOwn(values, name) ? values[name] : undefined;
    if (kind === 'text' || kind === 'select') given[name] = value ?? `{${name}}`;
    else given[name] = numberValue(name, value);
  }
  return String(message.format(given));
}

/**
 * Fills a message without ever throwing: `formatMessage` when it can, else a plain substitution
 * (plurals take their `other` branch, unknown values stay visible as `{name}`), so a bad
 * template or value shows up in the text instead of breaking the page.
 */
export function fill(template: string, params?: MessageValues, locale = 'en'): string {
  try {
    return formatMessage(template, locale, params);
  } catch {
    return fillLoosely(template, params);
  }
}

function fillLoosely(template: string, params?: MessageValues): string {
  let nodes: readonly MessageNode[];
  try {
    nodes = parseMessage(template);
  } catch {
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (params && Object.hasOwn(params, name) ? String(params[name]) : m));
  }
  const print = (list: readonly MessageNode[], count?: string): string =>
    list
      .map((node) => {
        if (node.type === MESSAGE_NODE.literal) return node.value ?? '';
        if (node.type === MESSAGE_NODE.pound) return count ?? '#';
        const name = node.value ?? '';
        const value = params && Object.hasOwn(params, name) ? String(params[name]) : undefined;
        if (node.options) {
          if (value === undefined) return `{${name}}`;
          const branch = node.options[`=${value}`] ?? node.options[value] ?? node.options.other;
          return branch ? print(branch.value, value) : value;
        }
        if (node.children) return print(node.children, count);
        return value ?? `{${name}}`;
      })
      .join('');
  return print(nodes);
}

/**
 * The UI language of a locale: the catalog it reads (`locales/<lang>.json`). The language
 * alone (`pt-PT` → `pt`, `de-DE` → `de`), except Chinese, told apart by script: `zh-TW` (and
 * Hong Kong, Macao) → `zh-Hant`, any other `zh` → `zh-Hans`.
 */
export function uiLang(locale: string): string {
  const [language = locale, ...rest] = locale.split('-');
  if (language.toLowerCase() !== 'zh') return language.toLowerCase();
  const traditional = rest.some((part) => /^(hant|tw|hk|mo)$/i.test(part));
  return traditional ? 'zh-Hant' : 'zh-Hans';
}

/** `lang` of the pseudo-locale's text (English, accented: CLDR's pseudo-locale tag). */
export const PSEUDO_LANG = 'en-XA';

/**
 * BCP 47 tag of the text a namespace shows for `locale`: the locale's language when its UI
 * catalog is loaded, offered and translates that namespace, else `en` (for `lang` attributes,
 * so English chrome on a Swahili page, or on a German one whose catalog is still loading, is
 * not read out as Swahili or German).
 */
export function uiTextLang(locale: string, namespace: string): string {
  if (isUiPseudo()) return PSEUDO_LANG;
  return uiCatalog(uiLang(locale))?.[namespace] ? langTag(locale) : 'en';
}

/** The English message in the pseudo-locale; the values put into it are kept as they are. */
function pseudoMessage(template: string, params?: MessageValues): string {
  const kept: string[] = [];
  const marked: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' && !/^-?\d+(?:\.\d+)?$/.test(value)) {
      marked[name] = keepMark(kept.length);
      kept.push(value);
    } else {
      marked[name] = value;
    }
  }
  return pseudoLocalize(fill(template, marked, 'en'), kept);
}

/**
 * A translator for one namespace: `tr(key, locale, params)`. Keys are typed by the English
 * object, so a misspelt key is a compile error. The text comes from the locale's UI catalog
 * when it is loaded and has the key, else from English; a translation that cannot be
 * formatted (a count that is not a number) gives the English string instead.
 */
export function makeTranslator<E extends UiDict>(namespace: string, en: E) {
  return (key: keyof E & string, locale: string, params?: MessageValues): string => {
    if (isUiPseudo()) return pseudoMessage(String(en[key]), params);
    const own = uiCatalog(uiLang(locale))?.[namespace]?.[key];
    if (own !== undefined) {
      try {
        return formatMessage(own, locale, params);
      } catch {
        // Falls through to English: a broken translation must not break the page.
      }
    }
    return fill(String(en[key]), params, 'en');
  };
}
