// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The nineteenth held-out set: the third plan in eight more languages without a pack (HELDOUT19_LOCALES). Written by a helper who had read neither the assistant's
 * code nor the earlier sets, after the seventeenth set's fixes (`npm run commands -- --set heldout19`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT19_LOCALES, type Command, type CommandSpec } from '../types.ts';
import caES from './ca-ES.ts';
import daDK from './da-DK.ts';
import elGR from './el-GR.ts';
import fiFI from './fi-FI.ts';
import huHU from './hu-HU.ts';
import idID from './id-ID.ts';
import roRO from './ro-RO.ts';
import svSE from './sv-SE.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT19_SPECS: Readonly<Record<(typeof HELDOUT19_LOCALES)[number], readonly CommandSpec[]>> = {
  'sv-SE': svSE,
  'da-DK': daDK,
  'fi-FI': fiFI,
  'hu-HU': huHU,
  'ro-RO': roRO,
  'el-GR': elGR,
  'id-ID': idID,
  'ca-ES': caES,
};

/** Every command of the set, numbered (`heldout19:sv-SE#3`), in HELDOUT19_LOCALES order. */
export const HELDOUT19: readonly Command[] = numberedSet(HELDOUT19_SPECS, 'heldout19:', HELDOUT19_LOCALES);
