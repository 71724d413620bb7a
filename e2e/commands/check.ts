/**
 * The checker: given what was visible before and after a command (a `Snapshot`, read from
 * the dialog's state in Node or from the page's data-testids in Chromium) and the reply,
 * decides whether the command had its expected effect. Pure; shared by `npm run commands`
 * and e2e/commands.spec.ts, so both judge alike.
 */
import type { DialogState } from '../../src/dialog/index.ts';
import type { CommandSpec, Expected, Given } from './types.ts';

/** What the user can see, reduced to what the checker compares. */
export interface Snapshot {
  /** The clock when the snapshot was taken (epoch ms): timers are measured from it. */
  now: number;
  /** `local`: `YYYY-MM-DDTHH:MM` in the local time zone of whoever took the snapshot. */
  alarms: { kind: 'alarm' | 'timer'; at: number; local: string }[];
  lists: { name: string; items: string[] }[];
  events: { date: string; time?: string; title: string }[];
  light: { on: boolean; brightness: number; colour: string };
  volume: number;
  muted: boolean;
  playing: boolean;
}

/** The assistant's reply to the last turn. */
export interface Heard {
  scenario: string;
  effect: string;
  text: string;
  intent?: string;
}

export interface Verdict {
  ok: boolean;
  /** Why it is wrong (empty when right). */
  problems: string[];
  /** What visibly changed, in short words (`alarm 07:00 (2026-11-25)`, `volume 50→60`). */
  changes: string[];
}

/** How far a timer may be from the length asked (ms): the page clock runs on between reply and reading. */
export const TIMER_TOLERANCE_MS = 10_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:MM` of an epoch time in this process's local time zone. */
export function localStamp(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The snapshot of a dialog's state (Node side). */
export function snapshotOf(state: DialogState, now: Date): Snapshot {
  const { light } = state.devices;
  return {
    now: now.getTime(),
    alarms: state.alarms.map((a) => ({ kind: a.kind, at: a.at, local: localStamp(a.at) })),
    lists: state.lists.map((l) => ({ name: l.name, items: [...l.items] })),
    events: state.events.map((e) => ({ date: e.date, ...(e.time ? { time: e.time } : {}), title: e.title })),
    light: { on: light.on, brightness: light.brightness, colour: light.colourName },
    volume: state.audio.volume,
    muted: state.audio.muted,
    playing: state.audio.playing,
  };
}

/** The state a command needs first: its own `given`, else what makes its effect visible. */
export function givenFor(spec: Pick<CommandSpec, 'expect' | 'given'>): Given {
  if (spec.given) return spec.given;
  const e = spec.expect;
  const given: Given = {};
  if (e.light) {
    if (e.light.brightness === 'up') given.light = 'dimmed';
    else if (e.light.brightness !== undefined) given.light = 'on';
    else if (e.light.on === false) given.light = 'on';
    else if (e.light.on === true && !e.light.colour) given.light = 'off';
  }
  if (e.volume !== undefined) given.volume = 50;
  if (e.playing !== undefined) given.playing = !e.playing;
  return given;
}

/** Whether a snapshot already is in the `given` state. */
export function satisfies(s: Snapshot, given: Given): boolean {
  if (given.light === 'off' && s.light.on) return false;
  if (given.light === 'on' && !(s.light.on && s.light.brightness === 100)) return false;
  if (given.light === 'dimmed' && !(s.light.on && s.light.brightness === 50)) return false;
  if (given.volume !== undefined && (s.volume !== given.volume || s.muted)) return false;
  if (given.playing !== undefined && s.playing !== given.playing) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Zero of each decimal-digit block the replies may use (Arabic-Indic, Persian, Devanagari, …). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];

/** Every decimal digit as ASCII; grouping spaces (thin, no-break) and bidi marks dropped. */
export function asciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    out += zero === undefined ? ch : String(cp - zero);
  }
  return out.replace(/(\d)[\u00a0\u202f\u2009'’](?=\d{3}\b)/g, '$1').replace(/[\u200e\u200f\u061c]/g, '');
}

/** The numbers written in a text, each read both ways where ambiguous: `.`/`,` as decimal mark or as thousands grouping. */
export function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of asciiDigits(text).matchAll(/-?\d+(?:[.,\u066b\u066c]\d+)*/g)) {
    const raw = m[0];
    const groups = raw.split(/[.,\u066b\u066c]/);
    if (groups.length === 1) {
      found.add(raw);
      continue;
    }
    // "1,234" / "1.234" / "1٬234" grouped thousands; "2,5" / "2.5" / "1,234.5" a decimal mark.
    if (groups.slice(1).every((g) => g.length === 3)) found.add(groups.join(''));
    const lastMark = /[.,\u066b](\d+)$/.exec(raw)!;
    const head = raw.slice(0, lastMark.index).split(/[.,\u066c]/);
    if (head.slice(1).every((g) => g.length === 3)) found.add(`${head.join('')}.${lastMark[1]}`);
  }
  return found;
}

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Articles and quantity words a list item may start with ("des pommes" for "pommes"). */
const LEADING_WORDS: Record<string, readonly string[]> = {
  en: ['a', 'an', 'some', 'the'],
  de: ['ein', 'eine', 'einen', 'etwas', 'die', 'der', 'das'],
  fr: ['des', 'du', 'de la', "de l'", 'de', 'la', 'le', 'les', "l'", 'un', 'une'],
  es: ['unos', 'unas', 'un', 'una', 'el', 'la', 'los', 'las'],
  it: ['delle', 'dei', 'degli', 'del', 'della', "dell'", 'un', 'una', 'il', 'lo', 'la', 'le', 'i', 'gli'],
  pt: ['uns', 'umas', 'um', 'uma', 'o', 'a', 'os', 'as'],
  nl: ['een', 'de', 'het', 'wat'],
  sw: [],
};

/** Whether a list item as stored is the item expected (case-insensitive, leading article tolerated). */
export function sameItem(stored: string, expected: string, locale: string): boolean {
  const s = norm(stored);
  const e = norm(expected);
  if (s === e) return true;
  const words = LEADING_WORDS[locale.split('-')[0] ?? ''] ?? [];
  return words.some((w) => s === (w.endsWith("'") ? `${w}${e}` : `${w} ${e}`));
}

// ---------------------------------------------------------------------------------------------
// Differences

/** Items of `after` not in `before`, as a multiset difference under `key`. */
function added<T>(before: readonly T[], after: readonly T[], key: (t: T) => string): T[] {
  const left = new Map<string, number>();
  for (const b of before) left.set(key(b), (left.get(key(b)) ?? 0) + 1);
  const out: T[] = [];
  for (const a of after) {
    const n = left.get(key(a)) ?? 0;
    if (n > 0) left.set(key(a), n - 1);
    else out.push(a);
  }
  return out;
}

interface Diff {
  newAlarms: Snapshot['alarms'];
  goneAlarms: Snapshot['alarms'];
  newItems: { list: string; item: string }[];
  goneItems: { list: string; item: string }[];
  newEvents: Snapshot['events'];
  goneEvents: Snapshot['events'];
  light: boolean;
  volume: boolean;
  playing: boolean;
}

const listEntries = (s: Snapshot) => s.lists.flatMap((l) => l.items.map((item) => ({ list: l.name, item })));
const alarmKey = (a: Snapshot['alarms'][number]) => `${a.kind}@${a.at}`;
const itemKey = (i: { list: string; item: string }) => `${i.list}\u0000${i.item}`;
const eventKey = (e: Snapshot['events'][number]) => `${e.date}|${e.time ?? ''}|${e.title}`;

/** Effective brightness: a light that is off gives no light. */
const lux = (s: Snapshot) => (s.light.on ? s.light.brightness : 0);

function diff(before: Snapshot, after: Snapshot): Diff {
  return {
    newAlarms: added(before.alarms, after.alarms, alarmKey),
    goneAlarms: added(after.alarms, before.alarms, alarmKey),
    newItems: added(listEntries(before), listEntries(after), itemKey),
    goneItems: added(listEntries(after), listEntries(before), itemKey),
    newEvents: added(before.events, after.events, eventKey),
    goneEvents: added(after.events, before.events, eventKey),
    light: before.light.on !== after.light.on || before.light.colour !== after.light.colour || lux(before) !== lux(after),
    volume: before.volume !== after.volume || before.muted !== after.muted,
    playing: before.playing !== after.playing,
  };
}

function describe(before: Snapshot, after: Snapshot, d: Diff): string[] {
  const out: string[] = [];
  const when = (a: Snapshot['alarms'][number]) =>
    a.kind === 'timer' ? `timer ${Math.round((a.at - after.now) / 1000)}s` : `alarm ${a.local.slice(11)} (${a.local.slice(0, 10)})`;
  for (const a of d.newAlarms) out.push(when(a));
  for (const a of d.goneAlarms) out.push(`removed ${when(a)}`);
  for (const i of d.newItems) out.push(`list ${JSON.stringify(i.list)} + ${JSON.stringify(i.item)}`);
  for (const i of d.goneItems) out.push(`list ${JSON.stringify(i.list)} − ${JSON.stringify(i.item)}`);
  for (const e of d.newEvents) out.push(`event ${e.date}${e.time ? ` ${e.time}` : ''} ${JSON.stringify(e.title)}`);
  for (const e of d.goneEvents) out.push(`removed event ${e.date}${e.time ? ` ${e.time}` : ''} ${JSON.stringify(e.title)}`);
  if (before.light.on !== after.light.on) out.push(`light ${before.light.on ? 'on' : 'off'}→${after.light.on ? 'on' : 'off'}`);
  if (before.light.colour !== after.light.colour) out.push(`colour ${before.light.colour}→${after.light.colour}`);
  if (before.light.brightness !== after.light.brightness) out.push(`brightness ${before.light.brightness}→${after.light.brightness}`);
  if (before.volume !== after.volume) out.push(`volume ${before.volume}→${after.volume}`);
  if (before.muted !== after.muted) out.push(`muted ${before.muted}→${after.muted}`);
  if (d.playing) out.push(`playing ${before.playing}→${after.playing}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The verdict

/** Judges one command: `before` the first turn, `after` the last, `heard` the last reply. */
export function check(expect: Expected, before: Snapshot, after: Snapshot, heard: Heard, locale: string): Verdict {
  const d = diff(before, after);
  const problems: string[] = [];
  const fail = (p: string) => problems.push(p);

  // Alarms and timers.
  const wantsAlarm = expect.alarm !== undefined;
  const wantsTimer = expect.timer !== undefined;
  if (d.goneAlarms.length) fail(`removed ${d.goneAlarms.length} alarm(s)`);
  if (wantsAlarm) {
    const want = typeof expect.alarm === 'string' ? { time: expect.alarm, day: undefined } : expect.alarm!;
    const alarms = d.newAlarms.filter((a) => a.kind === 'alarm');
    if (alarms.length !== 1) fail(`expected one new alarm at ${want.time}, got ${alarms.length}`);
    else {
      const [day, time] = alarms[0]!.local.split('T') as [string, string];
      if (time !== want.time) fail(`alarm at ${time}, expected ${want.time}`);
      if (want.day && day !== want.day) fail(`alarm on ${day}, expected ${want.day}`);
    }
  }
  if (wantsTimer) {
    const timers = d.newAlarms.filter((a) => a.kind === 'timer');
    if (timers.length !== 1) fail(`expected one new timer of ${expect.timer}s, got ${timers.length}`);
    else {
      const ms = timers[0]!.at - after.now;
      if (Math.abs(ms - expect.timer! * 1000) > TIMER_TOLERANCE_MS) fail(`timer of ${Math.round(ms / 1000)}s, expected ${expect.timer}s`);
    }
  }
  const stray = d.newAlarms.filter((a) => !(a.kind === 'alarm' ? wantsAlarm : wantsTimer));
  if (stray.length) fail(`unexpected new ${stray.map((a) => a.kind).join(', ')}`);

  // List items.
  if (d.goneItems.length) fail(`removed list item(s) ${d.goneItems.map((i) => JSON.stringify(i.item)).join(', ')}`);
  if (expect.listItems) {
    const unmatched = [...d.newItems];
    const missing: string[] = [];
    for (const want of expect.listItems) {
      const at = unmatched.findIndex((i) => sameItem(i.item, want, locale));
      if (at < 0) missing.push(want);
      else unmatched.splice(at, 1);
    }
    if (missing.length || unmatched.length) {
      const got = d.newItems.map((i) => JSON.stringify(i.item)).join(', ') || 'nothing';
      fail(`list items ${got}, expected ${expect.listItems.map((i) => JSON.stringify(i)).join(', ')}`);
    }
  } else if (d.newItems.length) {
    fail(`unexpected list item(s) ${d.newItems.map((i) => JSON.stringify(i.item)).join(', ')}`);
  }

  // Calendar.
  if (d.goneEvents.length) fail(`removed ${d.goneEvents.length} event(s)`);
  if (expect.event) {
    const want = expect.event;
    if (d.newEvents.length !== 1) fail(`expected one new event, got ${d.newEvents.length}`);
    else {
      const e = d.newEvents[0]!;
      const title = norm(e.title);
      if (e.date !== want.day) fail(`event on ${e.date}, expected ${want.day}`);
      if (want.time && e.time !== want.time) fail(`event at ${e.time ?? 'no time'}, expected ${want.time}`);
      if (!title.includes(norm(want.titleIncludes))) fail(`event title ${JSON.stringify(e.title)} lacks ${JSON.stringify(want.titleIncludes)}`);
      const leaked = (want.notInTitle ?? []).filter((w) => title.includes(norm(w))).map((w) => JSON.stringify(w));
      if (!/\d/.test(asciiDigits(want.titleIncludes)) && /\d/.test(asciiDigits(title))) leaked.push('a number');
      if (leaked.length) fail(`event title ${JSON.stringify(e.title)} contains ${leaked.join(', ')}`);
    }
  } else if (d.newEvents.length) {
    fail(`unexpected event ${JSON.stringify(d.newEvents[0]!.title)}`);
  }

  // Light.
  if (expect.light) {
    const { on, colour, brightness } = expect.light;
    if (on !== undefined && after.light.on !== on) fail(`light ${after.light.on ? 'on' : 'off'}, expected ${on ? 'on' : 'off'}`);
    if (colour && after.light.colour !== colour) fail(`light colour ${after.light.colour}, expected ${colour}`);
    if (brightness === 'up' && !(lux(after) > lux(before))) fail(`brightness ${lux(before)}→${lux(after)}, expected brighter`);
    if (brightness === 'down' && !(after.light.on && lux(after) < lux(before))) fail(`brightness ${lux(before)}→${lux(after)}, expected dimmer (and on)`);
    if (typeof brightness === 'number' && lux(after) !== brightness) fail(`brightness ${lux(after)}, expected ${brightness}`);
  } else if (d.light) {
    fail('unexpected light change');
  }

  // Volume and playback.
  if (expect.volume !== undefined) {
    const v = expect.volume;
    if (after.muted) fail('muted');
    if (v === 'up' && !(after.volume > before.volume)) fail(`volume ${before.volume}→${after.volume}, expected up`);
    if (v === 'down' && !(after.volume < before.volume)) fail(`volume ${before.volume}→${after.volume}, expected down`);
    if (typeof v === 'number' && after.volume !== v) fail(`volume ${after.volume}, expected ${v}`);
  } else if (d.volume) {
    fail('unexpected volume change');
  }
  if (expect.playing !== undefined) {
    if (after.playing !== expect.playing) fail(`player ${after.playing ? 'playing' : 'paused'}, expected ${expect.playing ? 'playing' : 'paused'}`);
  } else if (d.playing) {
    fail('unexpected play/pause');
  }

  // The reply.
  if (expect.math !== undefined) {
    if (heard.effect !== 'math:ok') fail(`reply effect ${JSON.stringify(heard.effect)}, expected "math:ok"`);
    else if (!numbersIn(heard.text).has(expect.math)) fail(`reply ${JSON.stringify(heard.text)} does not say ${expect.math}`);
  }
  if (expect.replyScenario !== undefined && heard.scenario !== expect.replyScenario) fail(`reply scenario ${heard.scenario}, expected ${expect.replyScenario}`);
  if (expect.replyEffect !== undefined && !heard.effect.startsWith(expect.replyEffect)) fail(`reply effect ${JSON.stringify(heard.effect)}, expected ${expect.replyEffect}…`);

  return { ok: problems.length === 0, problems, changes: describe(before, after, d) };
}
