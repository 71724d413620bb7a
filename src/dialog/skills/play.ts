/**
 * play: music, radio, podcasts and audiobooks start the simulated player with what was
 * asked for; games need an online service. "pause" / "resume" are recognised here too.
 */
import { defineSkill } from '../types.ts';
import { offline } from './helpers.ts';
import { pauseOrResume } from './playback.ts';

/** Slots naming what to play, most specific first. */
const WHAT = ['song_name', 'artist_name', 'music_album', 'playlist_name', 'music_genre', 'radio_name', 'podcast_name', 'podcast_descriptor', 'audiobook_name', 'audiobook_author', 'media_type'];

export const playSkill = defineSkill({
  scenario: 'play',
  handle: (ctx) => {
    if (ctx.u.intent === 'play_game') return offline(ctx);
    const toggle = pauseOrResume(ctx);
    if (toggle) return toggle;
    const what = WHAT.flatMap((label) => ctx.u.slots.filter((s) => s.label === label).map((s) => s.text.trim())).join(', ');
    return {
      reply: what ? { key: 'playing', params: { what } } : { key: 'playingDefault' },
      effect: `play:${ctx.u.intent.replace('play_', '')}`,
      actions: [{ type: 'audio', patch: { playing: true, nowPlaying: what || ctx.u.intent.replace('play_', '') } }],
    };
  },
});
