/**
 * Voice settings for the current locale (voice, rate, hands-free, online-recognition opt-in)
 * folded under a disclosure so the page stays calm; changes go to the store's settings, which persist them.
 */
import { useEffect, useState } from 'react';
import { VoiceSettings, type BrowserSpeaker } from '../speech/index.ts';
import { useApp } from '../state/StoreContext.tsx';
import { tr } from '../conversation/ui/strings.ts';
import type { VoicePrefs } from '../state/types.ts';

/** Props: the page's speaker and the preferences it follows. */
export interface VoiceSettingsPanelProps {
  speaker: BrowserSpeaker;
  prefs: VoicePrefs;
  setPrefs: (patch: Partial<VoicePrefs>) => void;
}

export function VoiceSettingsPanel({ speaker, prefs, setPrefs }: VoiceSettingsPanelProps) {
  const locale = useApp((s) => s.locale);
  // Browsers load their voice list late: re-render when it changes (the list is cheap to read).
  const [, setVoicesChanged] = useState(0);
  useEffect(() => speaker.onVoicesChanged(() => setVoicesChanged((n) => n + 1)), [speaker]);
  const voices = speaker.voicesFor(locale);
  return (
    <details className="voice-settings-panel">
      <summary>{tr('voiceSettings', locale)}</summary>
      <label>
        <input type="checkbox" checked={prefs.handsFree} onChange={(e) => setPrefs({ handsFree: e.target.checked })} data-testid="hands-free" />{' '}
        {tr('handsFree', locale)}
      </label>
      <VoiceSettings
        locale={locale}
        voices={voices}
        voiceId={prefs.voices[locale] ?? null}
        onVoiceChange={(id) => {
          const next = { ...prefs.voices };
          if (id) next[locale] = id;
          else delete next[locale];
          speaker.setVoice(locale, id);
          setPrefs({ voices: next });
        }}
        rate={prefs.rate}
        onRateChange={(rate) => setPrefs({ rate })}
        allowOnlineRecognition={prefs.allowOnline}
        onAllowOnlineRecognitionChange={(allowOnline) => setPrefs({ allowOnline })}
      />
    </details>
  );
}
