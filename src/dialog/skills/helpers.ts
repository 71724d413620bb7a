/**
 * Small helpers the skills share: reading slots, the honest offline answer, and the
 * follow-up/clarification results.
 */
import type { ReplyKey } from '../../i18n/replies/catalog.ts';
import { formatList } from '../format.ts';
import { withEnglish, type LanguagePack } from '../languages/index.ts';
import type { AwaitKind, SkillContext, SkillResult } from '../types.ts';

/** Text of the first slot with one of `labels`, trimmed; undefined when absent. */
export function slotText(ctx: SkillContext, ...labels: string[]): string | undefined {
  const span = ctx.u.slots.find((s) => labels.includes(s.label) && s.text.trim() !== '');
  return span?.text.trim();
}

/** Texts of all slots with `label`. */
export function slotTexts(ctx: SkillContext, label: string): string[] {
  return ctx.u.slots.filter((s) => s.label === label).map((s) => s.text.trim());
}

/** The intent and its slot values, for showing what was understood. */
export function understood(ctx: SkillContext): string {
  const parts = ctx.u.slots.map((s) => `${s.label}: ${s.text.trim()}`);
  return parts.length ? `${ctx.u.intent} (${formatList(parts, ctx.u.locale)})` : ctx.u.intent;
}

/** The honest answer for a request that needs an online service. */
export function offline(ctx: SkillContext): SkillResult {
  return {
    reply: { key: 'offlineService', params: { scenario: ctx.u.scenario, understood: understood(ctx) } },
    effect: `offline:${ctx.u.intent}`,
  };
}

/** Asks for a missing slot. */
export function ask(key: ReplyKey, slot: string, kind: AwaitKind): SkillResult {
  return { reply: { key }, awaiting: { slot, kind } };
}

/** Says a value could not be read and waits for it again. */
export function clarify(value: string, slot: string, kind: AwaitKind): SkillResult {
  return { reply: { key: 'clarifyValue', params: { value } }, awaiting: { slot, kind } };
}

/** Whether the utterance contains one of `words` (case-insensitive; substrings, so it works without spaces). */
export function mentions(ctx: SkillContext, words: readonly string[]): boolean {
  return saysCue(ctx.u.text, words);
}

/**
 * Whether the lower-cased `text` contains one of `words`, as substrings (stems, clitics and
 * prefixes glued on: Arabic "توقف", Polish "zapauzuj"). A word written with a leading space
 * matches only from a word's start, the utterance's first included: German "halt" (stop) is
 * also inside "schalte" (switch).
 */
export function saysCue(text: string, words: readonly string[]): boolean {
  const t = ` ${text.toLowerCase()}`;
  return words.some((w) => t.includes(w));
}

/** Whether the utterance contains one of the words `pick` takes from its language's pack or the English one. */
export function says(ctx: SkillContext, pick: (pack: LanguagePack) => readonly string[]): boolean {
  return mentions(ctx, withEnglish(ctx.u.locale).flatMap(pick));
}
