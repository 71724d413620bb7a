/**
 * iot: the virtual smart home: one light (on/off, brightness, colour), a plug, a vacuum
 * cleaner and a coffee machine. Changes are visible in SmartHomePanel.
 */
import { packFor } from '../languages/index.ts';
import { parseColour } from '../normalize/index.ts';
import { defineSkill, type SkillContext, type SkillResult } from '../types.ts';
import { ask, clarify, slotText } from './helpers.ts';
import { amountSaid, readVolume } from './playback.ts';

const STEP = 25;

/** Light intents a colour word turns into a colour change. */
const LIGHT_INTENTS = new Set(['iot_hue_lighton', 'iot_hue_lightup', 'iot_hue_lightdim']);

/** The brightness asked for: "to 50 percent" / "to seven" (of ten) / one step up or down. */
function targetLevel(ctx: SkillContext, direction: 1 | -1): number {
  const current = ctx.state.devices.light.on ? ctx.state.devices.light.brightness : direction > 0 ? 0 : 100;
  const amountText = slotText(ctx, 'change_amount');
  // "a little" with a number word in it (un poco, ein bisschen, 一点) is no amount, even cut short to "un".
  const amount = amountText ? amountSaid(amountText, readVolume(ctx.u.text, ctx.u.locale), ctx.u.locale) : null;
  // No amount tagged, in a language without a pack: a number from 10 on is the level it goes to
  // ("หรี่ไฟเหลือสามสิบเปอร์เซ็นต์", dim the light to thirty percent), as for the volume (readVolume).
  if (!amount && !amountText && !packFor(ctx.u.locale)) {
    const level = readVolume(ctx.u.text, ctx.u.locale).level;
    if (level !== null) return Math.min(100, Math.max(1, level));
  }
  // Words without a number ("a little bit") mean one step.
  if (!amount) return Math.min(100, Math.max(5, current + direction * STEP));
  const level = amount.percent || amount.value > 10 ? amount.value : amount.value * 10;
  return Math.min(100, Math.max(1, Math.round(level)));
}

function brightness(ctx: SkillContext, direction: 1 | -1): SkillResult {
  const level = targetLevel(ctx, direction);
  const light = { ...ctx.state.devices.light, on: true, brightness: level };
  return {
    reply: { key: direction > 0 ? 'lightBrightened' : 'lightDimmed', params: { level } },
    effect: direction > 0 ? 'light:up' : 'light:dim',
    actions: [{ type: 'devices', patch: { light } }],
  };
}

/** A colour named in the colour slot, or anywhere in the words ("mach das licht grün" read as brighter). */
function colourSaid(ctx: SkillContext): string | undefined {
  const slot = slotText(ctx, 'color_type');
  if (slot) return slot;
  return parseColour(ctx.u.text, ctx.u.locale)?.word;
}

/** A colour the dialogue can read, in the colour slot or anywhere in the words. */
function colourRead(ctx: SkillContext): boolean {
  const slot = slotText(ctx, 'color_type');
  return (slot !== undefined && parseColour(slot, ctx.u.locale) !== null) || parseColour(ctx.u.text, ctx.u.locale) !== null;
}

function colour(ctx: SkillContext): SkillResult {
  const said = colourSaid(ctx);
  if (!said) {
    // "set the lights to fifty percent" is lightchange without a colour.
    if (slotText(ctx, 'change_amount')) {
      return brightness(ctx, targetLevel(ctx, 1) < ctx.state.devices.light.brightness ? -1 : 1);
    }
    return ask('askColour', 'color_type', 'colour');
  }
  // A slot cut inside the colour word ("ピン" of "ピンク") is read from the whole utterance.
  const fromSlot = parseColour(said, ctx.u.locale);
  const whole = fromSlot ? null : parseColour(ctx.u.text, ctx.u.locale);
  const found = fromSlot ?? whole;
  if (!found) return clarify(said, 'color_type', 'colour');
  const light = { ...ctx.state.devices.light, on: true, colour: found.hex, colourName: found.name };
  return { reply: { key: 'lightColour', params: { colour: whole?.word ?? said } }, effect: `light:colour:${found.name}`, actions: [{ type: 'devices', patch: { light } }] };
}

export const iotSkill = defineSkill({
  scenario: 'iot',
  handle: (ctx) => {
    const { devices } = ctx.state;
    // A colour word with "on", "brighter" or "dimmer" ("mach das licht grün", "ışığı yeşil yap") sets the colour (and turns it on).
    // Only a colour the words say: the NLU also tags words it does not know as the colour
    // ("pots encendre la làmpada", the lamp), and "on" must not turn into "which colour?".
    if (LIGHT_INTENTS.has(ctx.u.intent) && colourRead(ctx)) return colour(ctx);
    switch (ctx.u.intent) {
      case 'iot_hue_lighton':
        return { reply: { key: 'lightOn' }, effect: 'light:on', actions: [{ type: 'devices', patch: { light: { ...devices.light, on: true } } }] };
      case 'iot_hue_lightoff':
        return { reply: { key: 'lightOff' }, effect: 'light:off', actions: [{ type: 'devices', patch: { light: { ...devices.light, on: false } } }] };
      case 'iot_hue_lightdim':
        return brightness(ctx, -1);
      case 'iot_hue_lightup':
        return brightness(ctx, 1);
      case 'iot_hue_lightchange':
        return colour(ctx);
      case 'iot_wemo_on':
        return { reply: { key: 'plugOn' }, effect: 'plug:on', actions: [{ type: 'devices', patch: { plug: { on: true } } }] };
      case 'iot_wemo_off':
        return { reply: { key: 'plugOff' }, effect: 'plug:off', actions: [{ type: 'devices', patch: { plug: { on: false } } }] };
      case 'iot_cleaning':
        return { reply: { key: 'vacuumStarted' }, effect: 'vacuum:start', actions: [{ type: 'devices', patch: { vacuum: { running: true } } }] };
      case 'iot_coffee':
        return { reply: { key: 'coffeeStarted' }, effect: 'coffee:start', actions: [{ type: 'devices', patch: { coffee: { brewing: true } } }] };
      default:
        return { reply: { key: 'notUnderstood' } };
    }
  },
});
