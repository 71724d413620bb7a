// Ninth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/**
 * The ninth held-out set: 12 natural commands per locale in 10 more languages that have no
 * language pack (HELDOUT9_LOCALES: Bengali, Urdu, Tamil, Telugu, Georgian, Armenian,
 * Mongolian, Welsh, Javanese, Thai), most in scripts of their own, on the seventh set's skill
 * plan. Written by a helper who had read neither the assistant's code nor the earlier sets,
 * after the fixes the seventh and eighth sets led to (`npm run commands -- --set heldout9`).
 * Run once, blind: no baseline, no ratchet, not tuned on. See docs/commands.md.
 */
import { numberedSet } from '../index.ts';
import { HELDOUT9_LOCALES, type Command, type CommandSpec } from '../types.ts';
import bnBD from './bn-BD.ts';
import cyGB from './cy-GB.ts';
import hyAM from './hy-AM.ts';
import jvID from './jv-ID.ts';
import kaGE from './ka-GE.ts';
import mnMN from './mn-MN.ts';
import taIN from './ta-IN.ts';
import teIN from './te-IN.ts';
import thTH from './th-TH.ts';
import urPK from './ur-PK.ts';

/** The held-out commands as written, per locale. */
export const HELDOUT9_SPECS: Readonly<Record<(typeof HELDOUT9_LOCALES)[number], readonly CommandSpec[]>> = {
  'bn-BD': bnBD,
  'ur-PK': urPK,
  'ta-IN': taIN,
  'te-IN': teIN,
  'ka-GE': kaGE,
  'hy-AM': hyAM,
  'mn-MN': mnMN,
  'cy-GB': cyGB,
  'jv-ID': jvID,
  'th-TH': thTH,
};

/** Every command of the set, numbered (`heldout9:bn-BD#3`), in HELDOUT9_LOCALES order. */
export const HELDOUT9: readonly Command[] = numberedSet(HELDOUT9_SPECS, 'heldout9:', HELDOUT9_LOCALES);
