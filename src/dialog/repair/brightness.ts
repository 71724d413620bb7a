/**
 * Brightness words: "maak het licht wat feller" read as dimming is brightening, and "mach das
 * licht dunkler" read as brightening is dimming. Brighten and dim share every word but the
 * one that says the direction, and the NLU is often sure of the wrong one ("doe het licht wat
 * feller" as dimming at 0.85), so its brighten/dim reading yields to that word whenever only
 * one direction is said; so does "on" for a light that is already on. The words are the
 * pack's (`brightness`). A brighten/dim reading that says no direction but an "off" word
 * ("算了把灯关了吧" read as dimming) is "off": dimming all the way is what was asked, and
 * "off" is the one light intent with its own words in every pack (`lightOff`).
 *
 * A language without a pack has its switch words (`languages/switchWords.ts`): a light reading
 * that says only "off" is "off", and one that says only "on" is "on" unless it is a colour
 * change with a colour, or a brighten of a light already on ("bật đèn sáng lên").
 */
import { langOf } from '../languages/index.ts';
import { switchSaidOnly } from '../languages/switchWords.ts';
import type { LanguagePack } from '../languages/types.ts';
import { parseColour } from '../normalize/index.ts';
import { clean, hasPhrase } from '../normalize/text.ts';
import type { RepairRule } from './types.ts';

const LIGHT_LEVEL = new Set(['iot_hue_lightup', 'iot_hue_lightdim']);
const LIGHT_READINGS = new Set(['iot_hue_lighton', 'iot_hue_lightoff', 'iot_hue_lightup', 'iot_hue_lightdim', 'iot_hue_lightchange']);

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
  {
    name: 'switch-words',
    apply: ({ u, pack, state }) => {
      if (pack || !LIGHT_READINGS.has(u.intent)) return null;
      const lang = langOf(u.locale);
      const said = switchSaidOnly(clean(u.text, lang), lang);
      if (said === 'off') return 'iot_hue_lightoff';
      if (said !== 'on') return null;
      if (u.intent === 'iot_hue_lightchange') {
        const colour = u.slots.some((s) => s.label === 'color_type') || parseColour(u.text, u.locale) !== null;
        return colour ? null : 'iot_hue_lighton';
      }
      // "On" and dimmer contradict each other: "on" was said. Brighter with "on" said ("bật đèn
      // sáng lên") brightens a light that is on, and turns on one that is off.
      if (u.intent === 'iot_hue_lightup') return state.devices.light.on ? null : 'iot_hue_lighton';
      return 'iot_hue_lighton';
    },
  },
];
