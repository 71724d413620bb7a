// Seventeenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The seventeenth held-out set: the sixteenth set's third plan in eight languages without a pack (HELDOUT17_LOCALES: Tamil, Telugu, Bengali, Urdu, Persian, Hebrew, Thai, Vietnamese). Written by a helper who had read neither the assistant's
 * code nor the earlier sets, after the fifteenth set's fixes (`npm run commands -- --set heldout17`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT17_LOCALES, type Command, type CommandSpec } from '../types.ts';
import bnBD from './bn-BD.ts';
import faIR from './fa-IR.ts';
import heIL from './he-IL.ts';
import taIN from './ta-IN.ts';
import teIN from './te-IN.ts';
import thTH from './th-TH.ts';
import urPK from './ur-PK.ts';
import viVN from './vi-VN.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT17_SPECS: Readonly<Record<(typeof HELDOUT17_LOCALES)[number], readonly CommandSpec[]>> = {
  'ta-IN': taIN,
  'te-IN': teIN,
  'bn-BD': bnBD,
  'ur-PK': urPK,
  'fa-IR': faIR,
  'he-IL': heIL,
  'th-TH': thTH,
  'vi-VN': viVN,
};

/** Every command of the set, numbered (`heldout17:ta-IN#3`), in HELDOUT17_LOCALES order. */
export const HELDOUT17: readonly Command[] = numberedSet(HELDOUT17_SPECS, 'heldout17:', HELDOUT17_LOCALES);
