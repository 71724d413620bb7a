/**
 * Shared by the audio, play and music skills: the player's volume and play/pause state
 * (a simulated player: there is no media offline, but the state is real and visible).
 */
import { parseAmount } from '../normalize/index.ts';
import type { SkillContext, SkillResult } from '../types.ts';
import { says, slotText } from './helpers.ts';

/** Pause or resume when the utterance says so; null otherwise. */
export function pauseOrResume(ctx: SkillContext): SkillResult | null {
  if (says(ctx, (p) => p.resume)) return { reply: { key: 'resumed' }, effect: 'play:resume', actions: [{ type: 'audio', patch: { playing: true } }] };
  if (says(ctx, (p) => p.pause)) return { reply: { key: 'paused' }, effect: 'play:pause', actions: [{ type: 'audio', patch: { playing: false } }] };
  return null;
}

/** Changes the volume by `step` or to the amount said. */
export function changeVolume(ctx: SkillContext, step: number): SkillResult {
  const amountText = slotText(ctx, 'change_amount');
  const amount = amountText ? parseAmount(amountText, ctx.u.locale) : null;
  const current = ctx.state.audio.volume;
  const target = amount ? (amount.percent || amount.value > 10 ? amount.value : amount.value * 10) : current + step;
  const volume = Math.min(100, Math.max(0, Math.round(target)));
  const key = amount || step === 0 ? 'volumeSet' : step > 0 ? 'volumeUp' : 'volumeDown';
  const effect = amount || step === 0 ? 'volume:set' : step > 0 ? 'volume:up' : 'volume:down';
  return { reply: { key, params: { level: volume } }, effect, actions: [{ type: 'audio', patch: { volume, muted: false } }] };
}
