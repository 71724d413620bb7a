/**
 * An intent repair: when the NLU is torn between close intents or misses a command whose
 * words are unmistakable ("timer 25 minutes" read as a time question), a rule looks at the
 * words (through the language pack), the NLU's other candidates and the device state, and
 * names the intent the dialogue should act on. Imports only types.
 */
import type { LanguagePack } from '../languages/types.ts';
import type { DialogState } from '../state.ts';
import type { Understood } from '../types.ts';

/** What a rule may read. */
export interface RepairContext {
  u: Understood;
  /** The locale's pack (undefined for a language without one: rules then leave it alone). */
  pack: LanguagePack | undefined;
  state: DialogState;
}

/** A repair: the intent to use instead (its scenario follows from its prefix), or null to keep the NLU's. */
export interface RepairRule {
  /** Short name, for tests and the turn's trace. */
  name: string;
  apply(ctx: RepairContext): string | null;
}
