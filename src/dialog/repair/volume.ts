/**
 * Volume repairs: words that can only be about the volume ("louder", "mach lauter",
 * "погромче", "声音大一点", "volume to 30") name the volume intent when the NLU picked a
 * close but wrong one (mute for "turn it up", a light intent for "сделай погромче", a
 * question for "súbelo un poco"). The audio skill then reads the level from the same words.
 * A light reading that names the light and not the volume keeps its reading: "把灯调小一点"
 * (turn the light down) shares 调小 with the volume.
 */
import { langOf } from '../languages/index.ts';
import { volumeSaidOnly } from '../languages/volumeWords.ts';
import { clean } from '../normalize/text.ts';
import { readVolume } from '../skills/playback.ts';
import { namesLight } from './lightWords.ts';
import type { RepairRule } from './types.ts';

/** Intents whose own words name a time or a record: the volume words there are part of something else. */
const KEEP = /^(?:alarm|calendar|lists)_/;

/**
 * Without a pack, the word tables (languages/volumeWords.ts) decide between the volume intents
 * always, and for another reading only below this confidence. Measured with v7 on MASSIVE, the
 * 34 languages: on dev it changes 29 readings, all rightly. On train it agrees with MASSIVE's
 * label 58 times and not 54, nearly all of them labels that contradict their words: "please
 * lower the volume of this song" is `audio_volume_up` in 15 languages, "unmute" is
 * `audio_volume_mute` in a few; the words are followed.
 */
const UNSURE = 0.8;

/** Below this the dialogue would not act on the reading (dialog.ts minConfidence). */
const UNREAD = 0.3;

export const volumeRules: readonly RepairRule[] = [
  {
    name: 'volume-words',
    apply: ({ u, pack }) => {
      if (!pack || KEEP.test(u.intent)) return null;
      const said = readVolume(u.text, u.locale);
      if (u.intent.startsWith('iot_hue_') && !said.noun && namesLight(u.text, pack, pack.code)) return null;
      if (said.dir === 'up') return 'audio_volume_up';
      if (said.dir === 'down') return 'audio_volume_down';
      if (said.dir === 'mute') return 'audio_volume_mute';
      // "volume to 30", "볼륨 30으로": the level's name and a number (also confirms an unsure "other").
      if (said.noun && said.level !== null) return 'audio_volume_other';
      return null;
    },
  },
  {
    // "vähän hiljempaa" read as "light on", "תרים את הווליום" (raise the volume) as mute.
    name: 'volume-table-words',
    apply: ({ u, pack }) => {
      if (pack || KEEP.test(u.intent)) return null;
      if (!u.intent.startsWith('audio_volume_') && u.confidence >= UNSURE) return null;
      const lang = langOf(u.locale);
      if (u.intent.startsWith('iot_hue_') && namesLight(u.text, pack, lang)) return null;
      const dir = volumeSaidOnly(clean(u.text, lang), lang);
      if (dir) return `audio_volume_${dir}`;
      // A volume reading too unsure to act on that says no way but a level ("gawin mong seventy yung
      // volume", make the volume seventy, read as louder at 0.28) sets that level. Not a surer one:
      // MASSIVE labels "volume up to sixty" louder (at any confidence this changed 364 of its
      // no-pack readings, 362 against the label).
      const unread = u.intent.startsWith('audio_volume_') && u.confidence < UNREAD;
      return unread && readVolume(u.text, u.locale).level !== null ? 'audio_volume_other' : null;
    },
  },
];
