// Twelfth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The twelfth held-out set: the eleventh set's second plan (minutes said each language's way,
 * a weekday alarm, hours and minutes, three items, an event tomorrow with a person, the light
 * off and dimmer, a volume level, resuming, a sum, a pending question overtaken) in ten other
 * languages without a pack (HELDOUT12_LOCALES: Afrikaans, Azerbaijani, Catalan, Welsh, Danish,
 * Hungarian, Indonesian, Romanian, Urdu, Mongolian). Written by a helper who had read neither
 * the assistant's code nor the earlier sets, after the eleventh set's fixes
 * (`npm run commands -- --set heldout12`). Run once, blind: no baseline, no ratchet, not tuned
 * on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT12_LOCALES, type Command, type CommandSpec } from '../types.ts';
import afZA from './af-ZA.ts';
import azAZ from './az-AZ.ts';
import caES from './ca-ES.ts';
import cyGB from './cy-GB.ts';
import daDK from './da-DK.ts';
import huHU from './hu-HU.ts';
import idID from './id-ID.ts';
import mnMN from './mn-MN.ts';
import roRO from './ro-RO.ts';
import urPK from './ur-PK.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT12_SPECS: Readonly<Record<(typeof HELDOUT12_LOCALES)[number], readonly CommandSpec[]>> = {
  'af-ZA': afZA,
  'az-AZ': azAZ,
  'ca-ES': caES,
  'cy-GB': cyGB,
  'da-DK': daDK,
  'hu-HU': huHU,
  'id-ID': idID,
  'ro-RO': roRO,
  'ur-PK': urPK,
  'mn-MN': mnMN,
};

/** Every command of the set, numbered (`heldout12:af-ZA#3`), in HELDOUT12_LOCALES order. */
export const HELDOUT12: readonly Command[] = numberedSet(HELDOUT12_SPECS, 'heldout12:', HELDOUT12_LOCALES);
