/**
 * Repairs for light colours: an utterance the NLU reads, unsure, as some light intent, with a
 * colour word the dialogue can read ("mach das licht grün" as a colour change at 0.26, "das
 * licht grün" as dimming at 0.25), is a colour change; the light skill turns the light on if
 * it has to. "Off" keeps its reading ("turn off the red light"), and so does any confident
 * light intent. The colour words are the packs' (`parseColour`).
 */
import { parseColour } from '../normalize/index.ts';
import type { RepairRule } from './types.ts';

/** From this confidence on, the NLU's light intent stands even with a colour word in it. */
const SURE = 0.6;

export const colourRules: readonly RepairRule[] = [
  {
    name: 'colour-word',
    apply: ({ u }) => {
      if (!u.intent.startsWith('iot_hue_') || u.intent === 'iot_hue_lightoff' || u.confidence >= SURE) return null;
      return parseColour(u.text, u.locale) ? 'iot_hue_lightchange' : null;
    },
  },
];
