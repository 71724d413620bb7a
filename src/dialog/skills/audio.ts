/**
 * audio: volume up, down, to a level, and mute, on the simulated player (MediaPanel). The
 * words decide over the intent when they are plain ("turn it up" read as mute still turns
 * it up; "volume to 30" read as volume up sets 30).
 */
import { defineSkill } from '../types.ts';
import { changeVolume, readVolume } from './playback.ts';

const STEP = 10;

const BY_INTENT: Readonly<Record<string, 'up' | 'down' | 'mute'>> = {
  audio_volume_up: 'up',
  audio_volume_down: 'down',
  audio_volume_mute: 'mute',
};

export const audioSkill = defineSkill({
  scenario: 'audio',
  handle: (ctx) => {
    const said = readVolume(ctx.u.text, ctx.u.locale);
    // A level said outright ("volume to 30", "volume 30") sets it, whatever way the NLU leaned.
    const dir = said.dir ?? (said.level !== null && said.noun ? null : BY_INTENT[ctx.u.intent]);
    switch (dir) {
      case 'up':
        return changeVolume(ctx, STEP);
      case 'down':
        return changeVolume(ctx, -STEP);
      case 'mute':
        return { reply: { key: 'volumeMuted' }, effect: 'volume:mute', actions: [{ type: 'audio', patch: { muted: true } }] };
      default:
        return changeVolume(ctx, 0);
    }
  },
});
