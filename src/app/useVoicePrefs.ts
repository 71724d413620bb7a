/**
 * Voice preferences (voice per locale, rate, hands-free, online-recognition opt-in), kept in
 * localStorage so a kiosk keeps its setup across reloads, and applied to the speaker.
 */
import { useEffect, useState } from 'react';
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

function load(): VoicePrefs {
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

/** The preferences and a setter; every change is saved and applied to `speaker`. */
export function useVoicePrefs(speaker: BrowserSpeaker): [VoicePrefs, (patch: Partial<VoicePrefs>) => void] {
  const [prefs, setPrefs] = useState(load);
  useEffect(() => {
    speaker.rate = prefs.rate;
    for (const [locale, id] of Object.entries(prefs.voices)) speaker.setVoice(locale, id);
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch {
      // storage full or blocked: the preferences still apply for this visit
    }
  }, [prefs, speaker]);
  return [prefs, (patch) => setPrefs((p) => ({ ...p, ...patch }))];
}
