/**
 * What an embed tells its host page, as plain data: the details of the custom element's DOM
 * events (`polyvox-ready`, `polyvox-understood`, `polyvox-replied`, `polyvox-error`) and of the
 * iframe's messages carry the same shapes, so a docs page can switch between the two.
 */
import type { AssistantReply } from '../assistant/index.ts';
import type { NluResult } from '../nlu/types.ts';

/** The DOM event names of `<polyvox-assistant>`. */
export const EMBED_EVENTS = {
  ready: 'polyvox-ready',
  understood: 'polyvox-understood',
  replied: 'polyvox-replied',
  error: 'polyvox-error',
} as const;

export interface ReadyDetail {
  locale: string;
  /** The model's id (its folder name). */
  model: string;
}

/** What was understood: the intent, its confidence and the slots, as text. */
export interface UnderstoodDetail {
  text: string;
  locale: string;
  intent: string;
  scenario: string;
  /** 0..1, rounded to 3 decimals. */
  confidence: number;
  slots: { type: string; value: string }[];
}

/** What the assistant answered and did. */
export interface RepliedDetail {
  /** The reply, plain text in `lang`. */
  text: string;
  /** The language the reply is in (English when the locale has no reply yet). */
  lang: string;
  locale: string;
  intent: string;
  /** What visibly changed (`alarm:set`, `light:on`…), when something did. */
  effect: string | null;
  /** The slot the assistant asked for when it needs an answer. */
  awaiting: string | null;
}

export interface ErrorDetail {
  /** Where it failed: loading the model, understanding, acting, speaking or listening. */
  stage: 'load' | 'understand' | 'act' | 'speak' | 'listen';
  message: string;
  code: string | null;
}

export function understoodDetail(result: NluResult): UnderstoodDetail {
  return {
    text: result.text,
    locale: result.locale,
    intent: result.intent,
    scenario: result.scenario,
    confidence: Math.round(result.confidence * 1000) / 1000,
    slots: result.slots.map((s) => ({ type: s.label, value: s.text })),
  };
}

export function repliedDetail(reply: AssistantReply, locale: string): RepliedDetail {
  return {
    text: reply.text,
    lang: reply.lang,
    locale,
    intent: reply.intent,
    effect: reply.effect ?? null,
    awaiting: reply.awaiting ?? null,
  };
}
