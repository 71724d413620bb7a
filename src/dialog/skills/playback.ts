/**
 * Shared by the audio, play and music skills: the player's volume and play/pause state
 * (a simulated player: there is no media offline, but the state is real and visible), and
 * the readers of volume and player words (the pack's `volume`, `media`, `pause`, `resume`)
 * that the skills and the intent repairs (repair/volume.ts, repair/media.ts) share.
 */
import { langOf, packFor, withEnglish, type LanguagePack } from '../languages/index.ts';
import { mediaSaidOnly } from '../languages/mediaWords.ts';
import { clean, digitize, escapeRe, parseAmount, parseDuration } from '../normalize/index.ts';
import { findPhrase } from '../normalize/text.ts';
import type { SkillContext, SkillResult } from '../types.ts';
import { says, saysCue, slotText } from './helpers.ts';

/** What the words of an utterance say about the volume. */
export interface VolumeSaid {
  /** Louder, quieter or mute; null when the words say none (or both ways). */
  dir: 'up' | 'down' | 'mute' | null;
  /** A level said ("to 30", "30 %", "volume 30"); 0..100 once scaled (1..10 counts in tens). */
  level: number | null;
  /** The level was marked as one ("to 30", "30 %", 30に), not just a number in the text. */
  marked: boolean;
  /** The sound level was named (volume, Lautstärke, 音量). */
  noun: boolean;
}

/** Longest text read for volume words: a command is far shorter. */
const MAX_CHARS = 300;

function phraseIn(t: string, list: readonly string[] | undefined, pack: LanguagePack): boolean {
  return list !== undefined && findPhrase(t, list.map((w) => clean(w, pack.code)), pack.code) !== undefined;
}

/** A number in `d` (digitized), and whether a "to" word, a percent sign or word marks it as a level. */
function levelIn(d: string, pack: LanguagePack): { value: number; marked: boolean; percent: boolean } | null {
  const m = /(\d+(?:[.,]\d+)?)/.exec(d);
  if (!m) return null;
  const value = Number(m[1]!.replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  const before = d.slice(0, m.index).trimEnd();
  const after = d.slice(m.index + m[0].length).trimStart();
  const v = pack.volume;
  const words = (list: readonly string[] | undefined) => (list ?? []).map((w) => clean(w, pack.code));
  const percent = ['%', ...words(pack.maths.percentAfter)];
  const unspaced = pack.unspaced;
  const endsWith = (w: string) => before === w || before.endsWith(unspaced ? w : ` ${w}`);
  const startsWith = (w: string) => after.startsWith(w) && (unspaced || pack.suffixed || w === '%' || after.length === w.length || after[w.length] === ' ');
  const isPercent = percent.some(startsWith);
  const marked = isPercent || words(v?.to).some(endsWith) || words(v?.toAfter).some(startsWith);
  return { value, marked, percent: isPercent };
}

/** Reads louder / quieter / mute and a level from `text` in `locale` (and English words mixed in). */
export function readVolume(text: string, locale: string): VolumeSaid {
  const said: VolumeSaid = { dir: null, level: null, marked: false, noun: false };
  if (text.length > MAX_CHARS) return said;
  let up = false;
  let down = false;
  let mute = false;
  const packs = withEnglish(locale);
  for (const pack of packs) {
    const v = pack.volume;
    if (!v) continue;
    const t = clean(text, pack.code);
    up ||= phraseIn(t, v.louder, pack);
    down ||= phraseIn(t, v.quieter, pack);
    mute ||= phraseIn(t, v.mute, pack);
    said.noun ||= phraseIn(t, v.nouns, pack);
  }
  said.dir = mute && !up && !down ? 'mute' : up && !down ? 'up' : down && !up ? 'down' : null;
  // The level: in the locale's own words ("un poco" is no level of 1); without a pack, its number words (numberWords.ts).
  const own = packs[0]!;
  const table = packFor(locale) ? null : langOf(locale);
  let t = clean(text, table ?? own.code);
  for (const bit of own.volume?.aBit ?? []) {
    const b = clean(bit, own.code);
    t = own.unspaced ? t.split(b).join(' ') : t.replace(new RegExp(`(^|\\s)${escapeRe(b)}(?=$|\\s)`, 'gu'), '$1');
  }
  const level = levelIn(digitize(t, table ?? own.code), own);
  // Without a pack no word marks a level ("στο σαράντα", "চল্লিশে"): in a volume request a number
  // from 10 on is the level it goes to. MASSIVE's English volume requests with an amount say
  // "to" 20 times and "by" 4; below 10 it is more often a step ("two levels") and is left out.
  if (level && table !== null) {
    // A length is no level ("mute for twenty minutes"); ten is ten per cent, not the tenth step
    // of ten (no percent word is read here: "δέκα τοις εκατό" is ten too).
    if ((level.value < 10 && !level.percent) || parseDuration(text, locale) !== null) return said;
    said.noun = true;
    said.level = Math.min(100, Math.round(level.value));
    return said;
  }
  if (level) {
    said.marked = level.marked;
    // 1..10 without a percent counts in tens ("volume to 7" is 70 %).
    const value = level.percent || level.value > 10 ? level.value : level.value * 10;
    said.level = Math.min(100, Math.max(0, Math.round(value)));
  }
  return said;
}

/** Pause, resume or skip when the utterance says so; null otherwise. */
export function pauseOrResume(ctx: SkillContext): SkillResult | null {
  // A language without a pack: its own player words (languages/mediaWords.ts).
  const own = packFor(ctx.u.locale) ? null : mediaSaidOnly(ctx.u.text, langOf(ctx.u.locale))?.action;
  if (own === 'resume' || says(ctx, (p) => p.resume)) return { reply: { key: 'resumed' }, effect: 'play:resume', actions: [{ type: 'audio', patch: { playing: true } }] };
  if (own === 'pause' || says(ctx, (p) => p.pause)) return { reply: { key: 'paused' }, effect: 'play:pause', actions: [{ type: 'audio', patch: { playing: false } }] };
  if (own === 'next' || says(ctx, (p) => p.media?.next ?? [])) return { reply: { key: 'playingDefault' }, effect: 'play:next', actions: [{ type: 'audio', patch: { playing: true } }] };
  return null;
}

/** What the words say about the player: pause, resume or next, and whether something that plays is named. */
export function readMedia(text: string, locale: string): { action: 'pause' | 'resume' | 'next' | null; noun: boolean } {
  const packs = withEnglish(locale);
  const any = (pick: (p: LanguagePack) => readonly string[]) => saysCue(text, packs.flatMap(pick));
  const action = any((p) => p.resume) ? 'resume' : any((p) => p.pause) ? 'pause' : any((p) => p.media?.next ?? []) ? 'next' : null;
  const noun = packs.some((p) => p.media !== undefined && phraseIn(clean(text, p.code), p.media.nouns, p));
  const own = packFor(locale) ? null : mediaSaidOnly(text, langOf(locale));
  return own ? { action: own.action ?? action, noun: own.noun || noun } : { action, noun };
}

/**
 * The amount in a change_amount slot, or null when it is no number or when the utterance
 * holds no level once its "a little" phrases are set aside: the slot is often cut short to
 * the number word inside one ("un" of "sube un poco el volumen", "ein" of "ein bisschen").
 */
export function amountSaid(amountText: string, utterance: VolumeSaid, locale: string): ReturnType<typeof parseAmount> {
  if (utterance.level === null || readVolume(amountText, locale).level === null) return null;
  return parseAmount(amountText, locale);
}

/** The volume by `step`, to the level said (slot or words), or muted, as the words or the intent say. */
export function changeVolume(ctx: SkillContext, step: number): SkillResult {
  const said = readVolume(ctx.u.text, ctx.u.locale);
  const amountText = slotText(ctx, 'change_amount');
  const slotAmount = amountText ? amountSaid(amountText, said, ctx.u.locale) : null;
  // A number is a level when nothing says louder or quieter, or when it is marked as one ("up to 80").
  const wordsLevel = said.level !== null && (said.marked || !said.dir) ? said.level : null;
  const level = slotAmount ? (slotAmount.percent || slotAmount.value > 10 ? slotAmount.value : slotAmount.value * 10) : wordsLevel;
  const current = ctx.state.audio.volume;
  const target = level ?? current + step;
  const volume = Math.min(100, Math.max(0, Math.round(target)));
  const set = level !== null || step === 0;
  const key = set ? 'volumeSet' : step > 0 ? 'volumeUp' : 'volumeDown';
  const effect = set ? 'volume:set' : step > 0 ? 'volume:up' : 'volume:down';
  return { reply: { key, params: { level: volume } }, effect, actions: [{ type: 'audio', patch: { volume, muted: false } }] };
}
