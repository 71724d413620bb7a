/**
 * music: pause / resume through music_settings work locally; recognising songs, likes and
 * other settings need a music service, so they answer honestly.
 */
import { defineSkill } from '../types.ts';
import { offline } from './helpers.ts';
import { pauseOrResume } from './playback.ts';

export const musicSkill = defineSkill({
  scenario: 'music',
  handle: (ctx) => (ctx.u.intent === 'music_settings' ? (pauseOrResume(ctx) ?? offline(ctx)) : offline(ctx)),
});
