/**
 * A small blind intent set: 24 smart-home commands in each of 28 locales, written for this
 * project by hand (not taken from MASSIVE, SLURP, Home Assistant or any other set) as people
 * say them to a smart speaker at home, without reading the training templates, the dialogue
 * or MASSIVE. It is an independent proxy for the outside team's real-world measurement, for
 * comparing models: run it with `npm run intents` and never tune sentences or training on it.
 *
 * Text is recognizer-style: lower case, no punctuation (an apostrophe inside a word, as in
 * "it's" or "l'alarme", is spelling and stays), numbers as digits or words, each locale's own
 * script. scripts/intents.test.ts checks the shape; scripts/intents.ts runs the model.
 */
import enUS from './en-US.ts';
import deDE from './de-DE.ts';
import frFR from './fr-FR.ts';
import esES from './es-ES.ts';
import itIT from './it-IT.ts';
import ptPT from './pt-PT.ts';
import jaJP from './ja-JP.ts';
import zhCN from './zh-CN.ts';
import hiIN from './hi-IN.ts';
import arSA from './ar-SA.ts';
import ruRU from './ru-RU.ts';
import swKE from './sw-KE.ts';
import nlNL from './nl-NL.ts';
import plPL from './pl-PL.ts';
import trTR from './tr-TR.ts';
import koKR from './ko-KR.ts';
import svSE from './sv-SE.ts';
import daDK from './da-DK.ts';
import nbNO from './nb-NO.ts';
import fiFI from './fi-FI.ts';
import huHU from './hu-HU.ts';
import roRO from './ro-RO.ts';
import elGR from './el-GR.ts';
import heIL from './he-IL.ts';
import caES from './ca-ES.ts';
import idID from './id-ID.ts';
import viVN from './vi-VN.ts';
import zhTW from './zh-TW.ts';

/** One command and the MASSIVE intent it must get. */
export type IntentCase = { say: string; intent: string; note?: string };

/** The locales of the set, in the order the report prints them. */
export const INTENT_LOCALES = [
  'en-US',
  'de-DE',
  'fr-FR',
  'es-ES',
  'it-IT',
  'pt-PT',
  'ja-JP',
  'zh-CN',
  'hi-IN',
  'ar-SA',
  'ru-RU',
  'sw-KE',
  'nl-NL',
  'pl-PL',
  'tr-TR',
  'ko-KR',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
  'hu-HU',
  'ro-RO',
  'el-GR',
  'he-IL',
  'ca-ES',
  'id-ID',
  'vi-VN',
  'zh-TW',
] as const;

/** Locale → its commands. */
export const INTENT_SET: Readonly<Record<string, readonly IntentCase[]>> = {
  'en-US': enUS,
  'de-DE': deDE,
  'fr-FR': frFR,
  'es-ES': esES,
  'it-IT': itIT,
  'pt-PT': ptPT,
  'ja-JP': jaJP,
  'zh-CN': zhCN,
  'hi-IN': hiIN,
  'ar-SA': arSA,
  'ru-RU': ruRU,
  'sw-KE': swKE,
  'nl-NL': nlNL,
  'pl-PL': plPL,
  'tr-TR': trTR,
  'ko-KR': koKR,
  'sv-SE': svSE,
  'da-DK': daDK,
  'nb-NO': nbNO,
  'fi-FI': fiFI,
  'hu-HU': huHU,
  'ro-RO': roRO,
  'el-GR': elGR,
  'he-IL': heIL,
  'ca-ES': caES,
  'id-ID': idID,
  'vi-VN': viVN,
  'zh-TW': zhTW,
};
