/**
 * Repairs from the device state: the light is off, so "brighten" (or "dim" or a colour) can
 * only mean "turn it on" first; the light is on, so a torn on/off reading that says "on"
 * is kept, and one that says "off" for a light already off is read as the other candidate.
 * The skill then does the rest (a colour still changes the colour).
 */
import type { RepairRule } from './types.ts';

/** A reading at or above this confidence is not torn, whatever its runner-up. */
const TORN_BELOW = 0.6;
/** A runner-up is close when its probability is at least this share of the best one's. */
const CLOSE_RATIO = 0.5;

/** Intents that need the light on to mean anything. */
const NEEDS_LIGHT = new Set(['iot_hue_lightup', 'iot_hue_lightdim']);

export const deviceStateRules: readonly RepairRule[] = [
  {
    name: 'brighten-when-off',
    apply: ({ u, state }) => (NEEDS_LIGHT.has(u.intent) && u.intent === 'iot_hue_lightup' && !state.devices.light.on ? 'iot_hue_lighton' : null),
  },
  {
    name: 'off-when-already-off',
    // "turn off the light" when it is already off is harmless; but when the NLU is torn
    // between "off" and "on" and the light is off, "on" is what can have an effect. Only when
    // torn: a confident "off" (schalte das licht aus, 0.82, "on" far behind) must never turn
    // the light on.
    apply: ({ u, state }) => {
      if (u.intent !== 'iot_hue_lightoff' || state.devices.light.on || u.confidence >= TORN_BELOW) return null;
      const on = (u.alternatives ?? []).slice(0, 3).find((a) => a.intent === 'iot_hue_lighton');
      return on && on.p >= u.confidence * CLOSE_RATIO ? 'iot_hue_lighton' : null;
    },
  },
];
