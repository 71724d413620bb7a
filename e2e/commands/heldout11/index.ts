// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The eleventh held-out set: 12 natural commands per locale in ten languages without a pack
 * that earlier sets spoke (HELDOUT11_LOCALES: Swedish, Finnish, Greek, Hebrew, Persian,
 * Vietnamese, Bengali, Tamil, Thai, Khmer), on a second plan: minutes said the language's way,
 * an alarm on a weekday, hours and minutes, three items, an event tomorrow with minutes, the
 * light off and dimmer, a volume level, resuming, a sum, and a pending question overtaken by a
 * new command. Written by a helper who had read neither the assistant's code nor the earlier
 * sets, after the tenth set's fixes (`npm run commands -- --set heldout11`). Run once, blind:
 * no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT11_LOCALES, type Command, type CommandSpec } from '../types.ts';
import bnBD from './bn-BD.ts';
import elGR from './el-GR.ts';
import faIR from './fa-IR.ts';
import fiFI from './fi-FI.ts';
import heIL from './he-IL.ts';
import kmKH from './km-KH.ts';
import svSE from './sv-SE.ts';
import taIN from './ta-IN.ts';
import thTH from './th-TH.ts';
import viVN from './vi-VN.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT11_SPECS: Readonly<Record<(typeof HELDOUT11_LOCALES)[number], readonly CommandSpec[]>> = {
  'sv-SE': svSE,
  'fi-FI': fiFI,
  'el-GR': elGR,
  'he-IL': heIL,
  'fa-IR': faIR,
  'vi-VN': viVN,
  'bn-BD': bnBD,
  'ta-IN': taIN,
  'th-TH': thTH,
  'km-KH': kmKH,
};

/** Every command of the set, numbered (`heldout11:sv-SE#3`), in HELDOUT11_LOCALES order. */
export const HELDOUT11: readonly Command[] = numberedSet(HELDOUT11_SPECS, 'heldout11:', HELDOUT11_LOCALES);
