/**
 * The second blind smart-home intent set: the same plan as the first (e2e/intents/, 24 commands
 * a locale with its per-intent counts) in the 24 MASSIVE locales the first has not, so that all
 * 52 are measured. Written on 4 December 2026 by helpers who had read neither the code, nor the
 * training data, nor the first set: Afrikaans to Burmese, in fourteen scripts.
 * Run it with `npm run intents -- --set intents2`; never tune sentences or training on it.
 */
import type { IntentCase } from '../intents/index.ts';
import afZA from './af-ZA.ts';
import isIS from './is-IS.ts';
import lvLV from './lv-LV.ts';
import slSL from './sl-SL.ts';
import sqAL from './sq-AL.ts';
import cyGB from './cy-GB.ts';
import tlPH from './tl-PH.ts';
import azAZ from './az-AZ.ts';
import msMY from './ms-MY.ts';
import jvID from './jv-ID.ts';
import faIR from './fa-IR.ts';
import urPK from './ur-PK.ts';
import hyAM from './hy-AM.ts';
import kaGE from './ka-GE.ts';
import mnMN from './mn-MN.ts';
import amET from './am-ET.ts';
import bnBD from './bn-BD.ts';
import taIN from './ta-IN.ts';
import teIN from './te-IN.ts';
import knIN from './kn-IN.ts';
import mlIN from './ml-IN.ts';
import thTH from './th-TH.ts';
import kmKH from './km-KH.ts';
import myMM from './my-MM.ts';

/** The locales of the set, in the order the report prints them. */
export const INTENT2_LOCALES = [
  'af-ZA',
  'is-IS',
  'lv-LV',
  'sl-SL',
  'sq-AL',
  'cy-GB',
  'tl-PH',
  'az-AZ',
  'ms-MY',
  'jv-ID',
  'fa-IR',
  'ur-PK',
  'hy-AM',
  'ka-GE',
  'mn-MN',
  'am-ET',
  'bn-BD',
  'ta-IN',
  'te-IN',
  'kn-IN',
  'ml-IN',
  'th-TH',
  'km-KH',
  'my-MM',
] as const;

/** Locale → its commands. */
export const INTENT2_SET: Readonly<Record<string, readonly IntentCase[]>> = {
  'af-ZA': afZA,
  'is-IS': isIS,
  'lv-LV': lvLV,
  'sl-SL': slSL,
  'sq-AL': sqAL,
  'cy-GB': cyGB,
  'tl-PH': tlPH,
  'az-AZ': azAZ,
  'ms-MY': msMY,
  'jv-ID': jvID,
  'fa-IR': faIR,
  'ur-PK': urPK,
  'hy-AM': hyAM,
  'ka-GE': kaGE,
  'mn-MN': mnMN,
  'am-ET': amET,
  'bn-BD': bnBD,
  'ta-IN': taIN,
  'te-IN': teIN,
  'kn-IN': knIN,
  'ml-IN': mlIN,
  'th-TH': thTH,
  'km-KH': kmKH,
  'my-MM': myMM,
};
