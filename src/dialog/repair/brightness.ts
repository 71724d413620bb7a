/**
 * Brightness words: "maak het licht wat feller" read as dimming is brightening, and "mach das
 * licht dunkler" read as brightening is dimming. Brighten and dim share every word but the
 * one that says the direction, and the NLU is often sure of the wrong one ("doe het licht wat
 * feller" as dimming at 0.85), so its brighten/dim reading yields to that word whenever only
 * one direction is said; so does "on" for a light that is already on. The words are the
 * pack's (`brightness`). A brighten/dim reading that says no direction but an "off" word
 * ("算了把灯关了吧" read as dimming) is "off": dimming all the way is what was asked, and
 * "off" is the one light intent with its own words in every pack (`lightOff`).
 */
import type { LanguagePack } from '../languages/types.ts';
import { clean, hasPhrase } from '../normalize/text.ts';
import type { RepairRule } from './types.ts';

const LIGHT_LEVEL = new Set(['iot_hue_lightup', 'iot_hue_lightdim']);

/** Whether the utterance `text` says one of the pack's `phrases`. */
function saysAny(text: string, phrases: readonly string[], pack: LanguagePack): boolean {
  const t = clean(text, pack.code);
  return phrases.some((p) => hasPhrase(t, clean(p, pack.code), pack.code));
}

export const brightnessRules: readonly RepairRule[] = [
  {
    name: 'brightness-words',
    apply: ({ u, pack, state }) => {
      // "زود الإضاءة" (more light) read as "on" while the light is on: "on" would do nothing.
      const onWhenOn = u.intent === 'iot_hue_lighton' && state.devices.light.on;
      if (!pack?.brightness || !(onWhenOn || LIGHT_LEVEL.has(u.intent))) return null;
      const up = saysAny(u.text, pack.brightness.brighter, pack);
      const down = saysAny(u.text, pack.brightness.dimmer, pack);
      return up === down ? null : up ? 'iot_hue_lightup' : 'iot_hue_lightdim';
    },
  },
  {
    name: 'off-words',
    apply: ({ u, pack }) => {
      if (!pack?.brightness || !pack.lightOff || !LIGHT_LEVEL.has(u.intent)) return null;
      if (saysAny(u.text, [...pack.brightness.brighter, ...pack.brightness.dimmer], pack)) return null;
      return saysAny(u.text, pack.lightOff, pack) ? 'iot_hue_lightoff' : null;
    },
  },
];
