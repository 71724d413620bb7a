/**
 * The headless assistant engine: `createAssistant(options)` and its event and option types.
 * Everything a page, an embed or a Node script needs to run an assistant without React.
 */
export { createAssistant, type AssistantEngine } from './engine.ts';
export { toAssistantReply } from './reply.ts';
export { understoodOf } from './understood.ts';
export type { AssistantEvent, AssistantListener, AssistantOptions, AssistantReply, Clock, TranscriptSource, Understander, Voice } from './types.ts';
