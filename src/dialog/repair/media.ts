/**
 * Player repairs: a pause, resume or next-track word with something that plays named
 * ("pause the music", "暂停音乐", "गाना रोक दो", "음악 일시 정지") is about the player,
 * whatever close intent the NLU picked (mute, a music question, "likes"). The play skill
 * then pauses, resumes or skips.
 */
import { langOf } from '../languages/index.ts';
import { MEDIA_WORD_LANGS } from '../languages/mediaWords.ts';
import { readMedia, readVolume } from '../skills/playback.ts';
import type { RepairRule } from './types.ts';

/** Scenarios close to the player: there, the player word alone is enough (play intents already reach the play skill). */
const NEAR = new Set(['audio', 'music']);

/** Below this confidence the dialogue would not act on the NLU's reading at all (dialog.ts minConfidence). */
const UNREAD = 0.3;

/** Below this, "likes" is as likely a misheard player command (see the rule). */
const UNSURE_LIKE = 0.5;

/** Likes and dislikes: a song the user judges, which a player word may be misread as. */
const LIKES = new Set(['music_likeness', 'music_dislikeness']);

/**
 * Below this, a volume step without a pack that says no volume word, only the music and a play
 * word, is the player's: "bật nhạc lên đi" (turn the music on) read as louder at 0.44.
 */
const UNSURE_STEP = 0.5;

/** Intents whose words name a record or a device of their own ("stop the alarm", "pause the vacuum"). */
const KEEP = /^(?:alarm|calendar|lists|iot)_/;

export const mediaRules: readonly RepairRule[] = [
  {
    name: 'player-words',
    apply: ({ u, pack }) => {
      // A play intent reaches the play skill, which reads the pause and resume words, unless
      // the NLU was too unsure for the dialogue to act ("tu peux mettre la musique en pause" at
      // 0.20): then the words confirm it.
      // A language without a pack needs its own player words (languages/mediaWords.ts).
      if ((!pack && !MEDIA_WORD_LANGS.includes(langOf(u.locale))) || (u.scenario === 'play' && u.confidence >= UNREAD)) return null;
      // A volume reading whose own words say it stays one: a player word can be another word too
      // (Portuguese and Spanish "para" is "stop" and "to": "baixa o volume para metade"). On MASSIVE
      // (the pack locales, train and dev) 19 volume utterances say both a volume and a player word
      // (49 before " halt" was read from a word's start only: German "stummschalten" holds it), and
      // one play_music utterance does ("toque ... no volume mais alto"); a play reading is not touched here.
      if (u.intent.startsWith('audio_volume_') && readVolume(u.text, u.locale).dir !== null) return null;
      const said = readMedia(u.text, u.locale);
      // A light or plug intent with the music named ("म्यूज़िक बंद करो" read as "lights off" or
      // "socket off") is the player's.
      if (KEEP.test(u.intent) && !(u.intent.startsWith('iot_') && said.noun)) return null;
      if (!said.action || !(said.noun || NEAR.has(u.scenario))) return null;
      // Without a pack the words are a short table: the music itself must be named, a volume
      // step stays one, and so does a music setting ("stop repeating this song", "skip two
      // songs", "don't play it again": MASSIVE's music_settings and dislikes, measured there).
      // A music reading too unsure to act on ("תעצור את השיר" at 0.25) yields to the words.
      // An unsure "likes" is no setting: "ಹಾಡು ನಿಲ್ಲಿಸು" (stop the song) read as liking it at 0.43
      // is a pause. Measured on MASSIVE (34 languages): a sure one is "save this song" (Azerbaijani
      // "saxla", keep, is also stop): 35 wrong at 0.85 and over; below 0.5, dev 0 changes, train 1
      // ("hopp over denne sangen", skip this song, labelled a dislike; the player skips).
      // So is an unsure dislike: "mandhegna lagune sik" (stop the song a moment) read as one at 0.33.
      // On MASSIVE (the 36 languages without a pack, train and dev) that adds 2 train changes, both
      // "skip this song" ("hopp over denne sangen", "kaloje këtë këngë"), which MASSIVE labels a
      // dislike and the player skips.
      const setting = u.scenario === 'music' && (!LIKES.has(u.intent) || u.confidence >= UNSURE_LIKE);
      if (!pack && (!said.noun || (setting && u.confidence >= UNREAD) || (/^audio_volume_(?:up|down)$/.test(u.intent) && u.confidence >= UNSURE_STEP))) return null;
      return 'play_music';
    },
  },
];
