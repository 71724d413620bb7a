/**
 * Runs natural commands through the real NLU and the real dialogue in Node: a fresh dialog
 * (memory storage, silent sound, the suite's fixed clock) per command, put into the
 * command's `given` state, then every turn parsed and answered as the app does
 * (the reply rendered in the locale, as the page shows it), judged by the shared checker.
 */
import { createDialog, createMemoryStorage, silentSound, type Dialog } from '../../src/dialog/index.ts';
import { understoodOf } from '../../src/assistant/understood.ts';
import type { NluResult } from '../../src/nlu/types.ts';
import { renderReply } from '../../src/i18n/replies/render.ts';
import { check, snapshotOf, type Verdict } from '../../e2e/commands/check.ts';
import { SETUP_SAY, SUITE_NOW, type Command, type Given } from '../../e2e/commands/index.ts';

/** What the runner needs of the NLU (`NluModel` has it). */
export interface NluLike {
  parse(text: string, locale: string): Promise<NluResult>;
}

/** One turn as understood and answered. */
export interface TurnRecord {
  text: string;
  intent: string;
  scenario: string;
  confidence: number;
  slots: { label: string; text: string }[];
  replyKey: string;
  reply: string;
  effect: string;
  awaiting?: string;
}

export interface CommandResult {
  id: string;
  locale: string;
  skill: string;
  say: readonly string[];
  expect: Command['expect'];
  given: Given;
  ok: boolean;
  problems: string[];
  changes: string[];
  turns: TurnRecord[];
}

/** Puts a fresh dialog into the `given` state (the page reaches it by the SETUP_SAY commands). */
export function seed(dialog: Dialog, given: Given): void {
  const s = dialog.state.getState();
  const light =
    given.light === undefined ? s.devices.light : { ...s.devices.light, on: given.light !== 'off', brightness: given.light === 'dimmed' ? 50 : 100 };
  const audio = {
    ...s.audio,
    ...(given.volume !== undefined ? { volume: given.volume, muted: false } : {}),
    ...(given.playing !== undefined ? { playing: given.playing, nowPlaying: given.playing ? 'music' : s.audio.nowPlaying } : {}),
  };
  dialog.state.setState({ devices: { ...s.devices, light }, audio });
}

/** A dialog as the app makes one, with the suite's fixed clock and nothing that rings or stores. */
export function suiteDialog(now: Date = SUITE_NOW): Dialog {
  let ids = 0;
  return createDialog({
    storage: createMemoryStorage(),
    sound: silentSound,
    now: () => new Date(now),
    notify: () => undefined,
    onRing: () => undefined,
    newId: () => `cmd-${++ids}`,
  });
}

/** Says one turn: NLU, then the dialogue, recorded as the page would show it. */
export async function say(nlu: NluLike, dialog: Dialog, text: string, locale: string): Promise<TurnRecord> {
  const r = await nlu.parse(text, locale);
  const turn = await dialog.handle({ ...understoodOf(r), locale });
  // As the page shows it: the reply in the turn's locale, `data-scenario` and `data-effect` from the turn.
  const shown = renderReply(turn.reply, turn.locale).text;
  return {
    text,
    intent: r.intent,
    scenario: turn.scenario,
    confidence: r.confidence,
    slots: r.slots.map((s) => ({ label: s.label, text: s.text })),
    replyKey: turn.reply.key,
    reply: turn.notSaved ? `${shown} ${renderReply({ key: 'notSaved' }, turn.locale).text}` : shown,
    effect: turn.effect ?? '',
    ...(turn.awaiting ? { awaiting: turn.awaiting } : {}),
  };
}

/** Runs one command (all its turns in one dialog) and judges it. */
export async function runCommand(nlu: NluLike, command: Command, now: Date = SUITE_NOW): Promise<CommandResult> {
  const dialog = suiteDialog(now);
  try {
    await dialog.ready;
    seed(dialog, command.given);
    const before = snapshotOf(dialog.state.getState(), now);
    const turns: TurnRecord[] = [];
    for (const text of command.turns) turns.push(await say(nlu, dialog, text, command.locale));
    const after = snapshotOf(dialog.state.getState(), now);
    const last = turns.at(-1)!;
    const verdict: Verdict = check(command.expect, before, after, { scenario: last.scenario, effect: last.effect, text: last.reply, intent: last.intent }, command.locale);
    return {
      id: command.id,
      locale: command.locale,
      skill: command.skill,
      say: command.turns,
      expect: command.expect,
      given: command.given,
      ok: verdict.ok,
      problems: verdict.problems,
      changes: verdict.changes,
      turns,
    };
  } finally {
    dialog.dispose();
  }
}

/**
 * Whether each English setup command reaches its state from a state where it must act (the
 * Chromium spec relies on them); returns the ones that do not.
 */
export async function brokenSetups(nlu: NluLike, now: Date = SUITE_NOW): Promise<string[]> {
  const cases: [keyof typeof SETUP_SAY, Given, (d: Dialog) => boolean][] = [
    ['lightOff', { light: 'on' }, (d) => !d.state.getState().devices.light.on],
    ['lightOn', { light: 'dimmed' }, (d) => d.state.getState().devices.light.on && d.state.getState().devices.light.brightness === 100],
    ['lightOn', { light: 'off' }, (d) => d.state.getState().devices.light.on && d.state.getState().devices.light.brightness === 100],
    ['lightDimmed', { light: 'off' }, (d) => d.state.getState().devices.light.on && d.state.getState().devices.light.brightness === 50],
    ['volume50', { volume: 90 }, (d) => d.state.getState().audio.volume === 50 && !d.state.getState().audio.muted],
    ['play', { playing: false }, (d) => d.state.getState().audio.playing],
    ['pause', { playing: true }, (d) => !d.state.getState().audio.playing],
  ];
  const broken: string[] = [];
  for (const [key, given, reached] of cases) {
    const dialog = suiteDialog(now);
    try {
      await dialog.ready;
      seed(dialog, given);
      await say(nlu, dialog, SETUP_SAY[key], 'en-US');
      if (!reached(dialog)) broken.push(`${key} (${JSON.stringify(SETUP_SAY[key])} from ${JSON.stringify(given)})`);
    } finally {
      dialog.dispose();
    }
  }
  return broken;
}
