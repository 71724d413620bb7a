/**
 * Repairs from the device state: the light is off, so "brighten" (or "dim" or a colour) can
 * only mean "turn it on" first; the light is on, so a torn on/off reading that says "on"
 * is kept, and one that says "off" for a light already off is read as the other candidate.
 * The skill then does the rest (a colour still changes the colour).
 */
import type { RepairRule } from './types.ts';

/** Intents that need the light on to mean anything. */
const NEEDS_LIGHT = new Set(['iot_hue_lightup', 'iot_hue_lightdim']);

export const deviceStateRules: readonly RepairRule[] = [
  {
    name: 'brighten-when-off',
    apply: ({ u, state }) => (NEEDS_LIGHT.has(u.intent) && u.intent === 'iot_hue_lightup' && !state.devices.light.on ? 'iot_hue_lighton' : null),
  },
  {
    name: 'off-when-already-off',
    // "turn off the light" when it is already off is harmless; but when the NLU's next
    // candidate is "on" and the light is off, "on" is what can have an effect.
    apply: ({ u, state }) =>
      u.intent === 'iot_hue_lightoff' && !state.devices.light.on && (u.alternatives ?? []).slice(0, 3).some((a) => a.intent === 'iot_hue_lighton') ? 'iot_hue_lighton' : null,
  },
];
