/**
 * audio: volume up, down, to a level, and mute, on the simulated player (MediaPanel).
 */
import { defineSkill } from '../types.ts';
import { changeVolume } from './playback.ts';

const STEP = 10;

export const audioSkill = defineSkill({
  scenario: 'audio',
  handle: (ctx) => {
    switch (ctx.u.intent) {
      case 'audio_volume_up':
        return changeVolume(ctx, STEP);
      case 'audio_volume_down':
        return changeVolume(ctx, -STEP);
      case 'audio_volume_mute':
        return { reply: { key: 'volumeMuted' }, effect: 'volume:mute', actions: [{ type: 'audio', patch: { muted: true } }] };
      default:
        return changeVolume(ctx, 0);
    }
  },
});
