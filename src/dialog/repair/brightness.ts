/**
 * Brightness words: "maak het licht wat feller" read, unsure, as dimming is brightening, and
 * "mach das licht dunkler" read as brightening is dimming. Brighten and dim share every word
 * but the one that says the direction, so an unsure reading yields to that word when only one
 * direction is said; so does "on" for a light that is already on. The words are the pack's
 * (`brightness`).
 */
import { clean, hasPhrase } from '../normalize/text.ts';
import type { RepairRule } from './types.ts';

/** From this confidence on, the NLU's brightness intent stands whatever the words. */
const SURE = 0.7;

const LIGHT_LEVEL = new Set(['iot_hue_lightup', 'iot_hue_lightdim']);

export const brightnessRules: readonly RepairRule[] = [
  {
    name: 'brightness-words',
    apply: ({ u, pack, state }) => {
      // "زود الإضاءة" (more light) read as "on" while the light is on: "on" would do nothing.
      const onWhenOn = u.intent === 'iot_hue_lighton' && state.devices.light.on;
      if (!pack?.brightness || !(onWhenOn || (LIGHT_LEVEL.has(u.intent) && u.confidence < SURE))) return null;
      const t = clean(u.text, pack.code);
      const said = (list: readonly string[]) => list.some((p) => hasPhrase(t, clean(p, pack.code), pack.code));
      const up = said(pack.brightness.brighter);
      const down = said(pack.brightness.dimmer);
      return up === down ? null : up ? 'iot_hue_lightup' : 'iot_hue_lightdim';
    },
  },
];
