/**
 * Repairs for light colours: an utterance the NLU reads, unsure, as some light intent, with a
 * colour word the dialogue can read ("mach das licht grün" as a colour change at 0.26, "das
 * licht grün" as dimming at 0.25), is a colour change; the light skill turns the light on if
 * it has to. "Off" keeps its reading when an "off" word is said ("turn off the red light");
 * without one ("daj czerwone światło" read as "off" at 0.64) the colour is what was asked,
 * however sure the NLU. Any other confident light intent keeps its reading. An utterance the NLU could not read at all (below the answer threshold) that
 * names the light and a colour is a colour change too. The colour words are the packs'
 * (`parseColour`), the light words the pack's `lightNouns` and `lightOff`.
 */
import { langOf } from '../languages/index.ts';
import { parseColour } from '../normalize/index.ts';
import { clean, hasPhrase } from '../normalize/text.ts';
import { namesLight, saysBrightnessWord } from './lightWords.ts';
import type { RepairRule } from './types.ts';

/** From this confidence on, the NLU's light intent stands even with a colour word in it. */
const SURE = 0.6;

/** From this confidence on, a brighten or dim reading stands with a colour word in it (colour-not-level). */
const LEVEL_SURE = 0.7;

/** Below this confidence the dialogue would not act on the NLU's reading at all (dialog.ts minConfidence). */
const UNREAD = 0.3;

export const colourRules: readonly RepairRule[] = [
  {
    name: 'colour-word',
    apply: ({ u, pack }) => {
      if (!u.intent.startsWith('iot_hue_')) return null;
      if (u.intent === 'iot_hue_lightoff') {
        if (!pack?.lightOff) return null;
        const t = clean(u.text, pack.code);
        if (pack.lightOff.some((w) => hasPhrase(t, clean(w, pack.code), pack.code))) return null;
      } else if (u.confidence >= SURE) return null;
      return parseColour(u.text, u.locale) ? 'iot_hue_lightchange' : null;
    },
  },
  {
    // "gawin mong asul ang ilaw" (make the light blue) read as dimming at 0.63: an unsure brighten
    // or dim reading that names a colour and says no brightness word either way asked for the
    // colour. Not when sure: measured with v10 on MASSIVE (train and dev, the readings that name a
    // light), at any confidence it changed 17 train readings against the label ("dim the lights to
    // a dull blue" in words the tables lack) and 1 dev rightly; below 0.7, 1 train against.
    // Where the language has no brightness words, nothing tells, and the reading stays.
    name: 'colour-not-level',
    apply: ({ u, pack }) => {
      if ((u.intent !== 'iot_hue_lightup' && u.intent !== 'iot_hue_lightdim') || u.confidence >= LEVEL_SURE) return null;
      if (!parseColour(u.text, u.locale)) return null;
      return saysBrightnessWord(u.text, pack, pack?.code ?? langOf(u.locale)) === false ? 'iot_hue_lightchange' : null;
    },
  },
  {
    // "ابي النور أحمر" read as a list request at 0.16: unread, but it names the light and a colour.
    name: 'colour-and-light',
    apply: ({ u, pack }) => {
      // Without a pack, the light words of languages/switchWords.ts ("லைட்ட சிவப்பா மாத்து" at 0.14).
      if ((pack && !pack.lightNouns) || u.intent.startsWith('iot_hue_') || u.confidence >= UNREAD || !parseColour(u.text, u.locale)) return null;
      return namesLight(u.text, pack, pack?.code ?? langOf(u.locale)) ? 'iot_hue_lightchange' : null;
    },
  },
];
