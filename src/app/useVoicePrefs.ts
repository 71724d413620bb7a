/**
 * Voice preferences (voice per locale, rate, hands-free, online-recognition opt-in), kept in
 * localStorage so a kiosk keeps its setup across reloads, and applied to the speaker.
 */
import { useState } from 'react';
import type { BrowserSpeaker } from '../speech/index.ts';

/** What the user chose. */
export interface VoicePrefs {
  voices: Record<string, string>;
  rate: number;
  handsFree: boolean;
  /** Off by default: on means audio may go to the browser vendor's online recognizer. */
  allowOnline: boolean;
}

const KEY = 'polyvox-voice';
const DEFAULTS: VoicePrefs = { voices: {}, rate: 1, handsFree: false, allowOnline: false };

/** The saved preferences (defaults when none or unreadable). */
export function loadVoicePrefs(): VoicePrefs {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<VoicePrefs>;
    return {
      voices: saved.voices && typeof saved.voices === 'object' ? saved.voices : {},
      rate: typeof saved.rate === 'number' ? saved.rate : DEFAULTS.rate,
      handsFree: saved.handsFree === true,
      allowOnline: saved.allowOnline === true,
    };
  } catch {
    return DEFAULTS;
  }
}

/** Puts the preferences into effect on the speaker. */
export function applyVoicePrefs(speaker: BrowserSpeaker, prefs: VoicePrefs): void {
  speaker.rate = prefs.rate;
  for (const [locale, id] of Object.entries(prefs.voices)) speaker.setVoice(locale, id);
}

function save(prefs: VoicePrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // storage full or blocked: the preferences still apply for this visit
  }
}

/**
 * The preferences and a setter; every change is applied to `speaker` and saved. The saved
 * ones were applied when the runtime was built (runtime.ts), so the first reply already
 * uses them.
 */
export function useVoicePrefs(speaker: BrowserSpeaker): [VoicePrefs, (patch: Partial<VoicePrefs>) => void] {
  const [prefs, setPrefs] = useState(loadVoicePrefs);
  const update = (patch: Partial<VoicePrefs>) => {
    const next = { ...prefs, ...patch };
    applyVoicePrefs(speaker, next);
    save(next);
    setPrefs(next);
  };
  return [prefs, update];
}
