/**
 * The contracts a fuzzed turn must keep. A reply: its key is in the catalogue, it renders to
 * non-empty text with every `{param}` filled and no `NaN`, `Invalid Date`, `Infinity` (or
 * the locale's `∞`/NaN rendering) or `undefined` that the user did not say. The state: alarms
 * ring at a real moment within [now, now + 366 days] (timers within a week), events are real YYYY-MM-DD days within
 * a hundred years of now, lists hold strings, volume and brightness stay within 0..100.
 */
import { EN_REPLIES, type Reply } from '../../src/i18n/replies/catalog.ts';
import { REPLY_TEMPLATES } from '../../src/i18n/replies/locales/index.ts';
import { renderReply } from '../../src/i18n/replies/render.ts';
import { messageArguments } from '../../src/i18n/uiText.ts';
import { MAX_TIMER_SECONDS, type DialogState } from '../../src/dialog/index.ts';

/** One broken contract: `kind` groups them in the report (e.g. `reply:NaN`, `alarm:at`). */
export interface Violation {
  kind: string;
  detail: string;
}

const DAY_MS = 86_400_000;
/** How far ahead an alarm or timer may ring. */
export const ALARM_HORIZON_MS = 366 * DAY_MS;

/** Printable, bounded form of hostile text (controls, bidi and lone surrogates as \u escapes). */
export function printable(text: string, max = 120): string {
  const cps = Array.from(text.length > max * 4 ? text.slice(0, max * 4) : text);
  const cut = cps.length > max;
  const shown = cps
    .slice(0, max)
    .map((c) => {
      const cp = c.codePointAt(0)!;
      const escape =
        cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) ||
        (cp >= 0x2066 && cp <= 0x2069) || cp === 0xfeff || cp === 0x061c || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x300 && cp <= 0x36f);
      return escape ? `\\u${cp.toString(16).padStart(4, '0')}` : c;
    })
    .join('');
  return cut ? `${shown}… (${text.length} chars)` : shown;
}

/** Strings that mean a value went wrong on its way into a reply, per locale (Intl's own renderings included). */
const badTokenCache = new Map<string, [string, string][]>();
function badTokens(locale: string): [string, string][] {
  let tokens = badTokenCache.get(locale);
  if (tokens) return tokens;
  tokens = [['NaN', 'NaN'], ['Invalid Date', 'Invalid Date'], ['Infinity', 'Infinity'], ['undefined', 'undefined'], ['[object ', 'object']];
  for (const tag of [locale, locale.split('-')[0]!]) {
    try {
      const nf = new Intl.NumberFormat(tag);
      tokens.push([nf.format(NaN), 'NaN'], [nf.format(Infinity).replace(/^\+/, ''), 'Infinity']);
    } catch {
      // Not a locale Intl knows: the plain tokens still apply.
    }
  }
  tokens = tokens.filter(([t], i, all) => t.trim() !== '' && all.findIndex(([u]) => u === t) === i);
  badTokenCache.set(locale, tokens);
  return tokens;
}

/** Bad tokens in `text` that the user did not say themselves (an echoed "NaN" list item is fine). */
export function badTokensIn(text: string, locale: string, said: string): Violation[] {
  const out: Violation[] = [];
  for (const [token, kind] of badTokens(locale)) {
    if (text.includes(token) && !said.includes(token)) out.push({ kind, detail: `"${token}" in: ${printable(text, 160)}` });
  }
  return out;
}

/** Renders `reply` in `locale` and checks it; `said` is the user's text. */
export function checkReply(reply: Reply, locale: string, said: string): { text: string; violations: Violation[] } {
  const violations: Violation[] = [];
  const v = (kind: string, detail: string) => violations.push({ kind: `reply:${kind}`, detail });
  if (!reply || typeof reply.key !== 'string' || !Object.hasOwn(EN_REPLIES, reply.key)) {
    v('unknown-key', `key ${JSON.stringify(reply?.key)}`);
    return { text: '', violations };
  }
  const params = reply.params ?? {};
  for (const [name, value] of Object.entries(params)) {
    // Strings are placed as they are; counts and levels are finite numbers the template formats.
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) v('param-type', `${reply.key}.${name} is ${typeof value}: ${printable(String(value))}`);
  }
  const template = REPLY_TEMPLATES[locale]?.[reply.key] ?? EN_REPLIES[reply.key];
  for (const name of messageArguments(template).keys()) {
    if (!Object.hasOwn(params, name)) v('placeholder', `${reply.key} in ${locale}: {${name}} has no value`);
  }
  let text: string;
  try {
    text = renderReply(reply, locale).text;
  } catch (e) {
    violations.push({ kind: 'crash:render', detail: errorText(e) });
    return { text: '', violations };
  }
  if (typeof text !== 'string' || text.trim() === '') v('empty', `${reply.key} in ${locale} rendered ${JSON.stringify(text)}`);
  for (const [m] of text.matchAll(/\{\w+\}/g)) {
    if (!said.includes(m) && !violations.some((x) => x.kind === 'reply:placeholder')) v('placeholder', `${m} left in: ${printable(text, 160)}`);
  }
  for (const bad of badTokensIn(text, locale, said)) v(bad.kind, `${reply.key}: ${bad.detail}`);
  return { text, violations };
}

function validDay(date: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? { y, m: mo, d } : null;
}

function utcDay(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

/** Checks the dialogue's state against `now` (the fixed clock the dialog was given). */
export function checkState(s: DialogState, now: Date): Violation[] {
  const out: Violation[] = [];
  const v = (kind: string, detail: string) => out.push({ kind, detail });
  const t = now.getTime();
  if (!Array.isArray(s.alarms)) v('state:shape', 'alarms is not an array');
  for (const a of Array.isArray(s.alarms) ? s.alarms : []) {
    const label = `${a.kind} ${a.id}`;
    if (typeof a.at !== 'number' || !Number.isFinite(a.at)) {
      v('alarm:at', `${label}: at = ${String(a.at)}`);
      continue;
    }
    try {
      new Date(a.at).toISOString();
    } catch {
      v('alarm:at', `${label}: at = ${a.at} is not a date`);
      continue;
    }
    if (a.at < t || a.at > t + ALARM_HORIZON_MS) {
      const days = ((a.at - t) / DAY_MS).toFixed(2);
      v('alarm:at', `${label}: at ${new Date(a.at).toISOString()} is ${days} days from now (allowed 0..366)`);
    }
    if (a.kind === 'timer' && a.seconds !== undefined && !(typeof a.seconds === 'number' && Number.isFinite(a.seconds) && a.seconds > 0 && a.seconds <= MAX_TIMER_SECONDS)) {
      v('alarm:seconds', `${label}: seconds = ${String(a.seconds)}`);
    }
    if (a.kind !== 'alarm' && a.kind !== 'timer') v('alarm:kind', `${label}: kind ${JSON.stringify(a.kind)}`);
  }
  if (!Array.isArray(s.events)) v('state:shape', 'events is not an array');
  const lo = utcDay(now.getFullYear() - 100, now.getMonth() + 1, now.getDate());
  const hi = utcDay(now.getFullYear() + 100, now.getMonth() + 1, now.getDate());
  for (const e of Array.isArray(s.events) ? s.events : []) {
    const day = typeof e.date === 'string' ? validDay(e.date) : null;
    if (!day) v('event:date', `event ${e.id}: date ${JSON.stringify(e.date)} is not a real YYYY-MM-DD day`);
    else {
      const at = utcDay(day.y, day.m, day.d);
      if (at < lo || at > hi) v('event:date', `event ${e.id}: date ${e.date} is more than 100 years from ${now.toISOString().slice(0, 10)}`);
    }
    if (e.time !== undefined && !(typeof e.time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(e.time))) v('event:time', `event ${e.id}: time ${JSON.stringify(e.time)}`);
    if (typeof e.title !== 'string') v('event:title', `event ${e.id}: title is ${typeof e.title}`);
  }
  if (!Array.isArray(s.lists)) v('state:shape', 'lists is not an array');
  for (const l of Array.isArray(s.lists) ? s.lists : []) {
    if (typeof l.name !== 'string') v('list:name', `list name is ${typeof l.name}: ${printable(String(l.name))}`);
    if (!Array.isArray(l.items)) v('list:item', `list ${printable(String(l.name))}: items is not an array`);
    else for (const item of l.items) if (typeof item !== 'string') v('list:item', `list ${printable(String(l.name))}: item is ${typeof item}: ${printable(String(item))}`);
  }
  const volume = s.audio?.volume;
  if (typeof volume !== 'number' || !Number.isFinite(volume) || volume < 0 || volume > 100) v('audio:volume', `volume = ${String(volume)}`);
  const brightness = s.devices?.light?.brightness;
  if (typeof brightness !== 'number' || !Number.isFinite(brightness) || brightness < 0 || brightness > 100) v('light:brightness', `brightness = ${String(brightness)}`);
  return out;
}

/** Lists, events and alarms must come back from storage as they were (ringing reset; long-missed alarms dropped). */
export function checkReloaded(before: DialogState, after: DialogState, now: Date): Violation[] {
  const out: Violation[] = [];
  const strip = (alarms: DialogState['alarms']) => alarms.filter((a) => a.at > now.getTime() - 3_600_000).map((a) => ({ ...a, ringing: false }));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(before.lists, after.lists)) out.push({ kind: 'reload:lists', detail: `${before.lists.length} list(s) before, ${after.lists.length} after` });
  if (!same(before.events, after.events)) out.push({ kind: 'reload:events', detail: `${before.events.length} event(s) before, ${after.events.length} after` });
  if (!same(strip(before.alarms), strip(after.alarms))) out.push({ kind: 'reload:alarms', detail: `${before.alarms.length} alarm(s) before, ${after.alarms.length} after` });
  return out;
}

/** A thrown value as one line. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}${e.stack ? ` @ ${e.stack.split('\n').slice(1, 3).map((l) => l.trim()).join(' ← ')}` : ''}`;
  return String(e);
}
