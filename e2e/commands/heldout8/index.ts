// Eighth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The eighth held-out set: 12 natural commands per locale in 10 more languages that have no
 * language pack (HELDOUT8_LOCALES: Norwegian, Icelandic, Afrikaans, Albanian, Slovene,
 * Latvian, Hebrew, Tagalog, Malay, Azerbaijani), on the seventh set's skill plan. Written by
 * a helper who had read neither the assistant's code nor the earlier sets, after the fixes
 * the seventh set led to: it measures whether those families carry to languages they were
 * not tuned on (`npm run commands -- --set heldout8`). Run once, blind: no baseline, no
 * ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT8_LOCALES, type Command, type CommandSpec } from '../types.ts';
import afZA from './af-ZA.ts';
import azAZ from './az-AZ.ts';
import heIL from './he-IL.ts';
import isIS from './is-IS.ts';
import lvLV from './lv-LV.ts';
import msMY from './ms-MY.ts';
import nbNO from './nb-NO.ts';
import slSL from './sl-SL.ts';
import sqAL from './sq-AL.ts';
import tlPH from './tl-PH.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT8_SPECS: Readonly<Record<(typeof HELDOUT8_LOCALES)[number], readonly CommandSpec[]>> = {
  'nb-NO': nbNO,
  'is-IS': isIS,
  'af-ZA': afZA,
  'sq-AL': sqAL,
  'sl-SL': slSL,
  'lv-LV': lvLV,
  'he-IL': heIL,
  'tl-PH': tlPH,
  'ms-MY': msMY,
  'az-AZ': azAZ,
};

/** Every command of the set, numbered (`heldout8:nb-NO#3`), in HELDOUT8_LOCALES order. */
export const HELDOUT8: readonly Command[] = numberedSet(HELDOUT8_SPECS, 'heldout8:', HELDOUT8_LOCALES);
