// Seventh held-out set: written on 4 December 2026 by someone who had not read the code or the earlier sets' sentences (only the summaries in docs/commands.md); run it once, blind, do not tune on it.
/**
 * The seventh held-out set: 12 natural commands per locale in 10 languages that have no
 * language pack (HELDOUT7_LOCALES: Swedish, Danish, Finnish, Hungarian, Romanian, Greek,
 * Indonesian, Vietnamese, Persian, Catalan), one per skill of the suite's plan: clock times
 * and lengths said in number words and in digits, the language's own half and quarter forms,
 * two list items, an event, the light, its colour, the volume, the player, the time, and a
 * follow-up. Written by a helper who had not read the assistant's code or the earlier sets,
 * run by the same runner and judged by the same checker (`npm run commands -- --set
 * heldout7`). Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT7_LOCALES, type Command, type CommandSpec } from '../types.ts';
import caES from './ca-ES.ts';
import daDK from './da-DK.ts';
import elGR from './el-GR.ts';
import faIR from './fa-IR.ts';
import fiFI from './fi-FI.ts';
import huHU from './hu-HU.ts';
import idID from './id-ID.ts';
import roRO from './ro-RO.ts';
import svSE from './sv-SE.ts';
import viVN from './vi-VN.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT7_SPECS: Readonly<Record<(typeof HELDOUT7_LOCALES)[number], readonly CommandSpec[]>> = {
  'sv-SE': svSE,
  'da-DK': daDK,
  'fi-FI': fiFI,
  'hu-HU': huHU,
  'ro-RO': roRO,
  'el-GR': elGR,
  'id-ID': idID,
  'vi-VN': viVN,
  'fa-IR': faIR,
  'ca-ES': caES,
};

/** Every command of the set, numbered (`heldout7:sv-SE#3`), in HELDOUT7_LOCALES order. */
export const HELDOUT7: readonly Command[] = numberedSet(HELDOUT7_SPECS, 'heldout7:', HELDOUT7_LOCALES);
