/**
 * Voice settings for the current locale: the voice (browser voices + "eSpeak NG (offline)",
 * or automatic), the speaking rate, and the opt-in to the vendor's online recognizer (off by
 * default, with a note saying where the audio then goes). Controlled: the app owns the values.
 */
import { useId } from 'react';
import { RATE_MAX, RATE_MIN, type SpeakerVoice } from '../output/types.ts';
import { languageName, tr } from './tr.ts';

export interface VoiceSettingsProps {
  locale: string;
  /** `speaker.voicesFor(locale)`, best first. */
  voices: readonly SpeakerVoice[];
  /** The chosen voice id, or null for automatic (the first voice). */
  voiceId: string | null;
  onVoiceChange(voiceId: string | null): void;
  rate: number;
  onRateChange(rate: number): void;
  allowOnlineRecognition: boolean;
  onAllowOnlineRecognitionChange(allowed: boolean): void;
}

/** How a voice is named in the picker: its engine's name, marked offline or online. */
export function voiceLabel(voice: SpeakerVoice, locale: string): string {
  if (voice.engine === 'espeak') return tr('voiceEspeak', locale);
  return voice.local ? voice.name : tr('voiceOnline', locale, { name: voice.name });
}

export function VoiceSettings(props: VoiceSettingsProps) {
  const { locale, voices, voiceId, rate, allowOnlineRecognition } = props;
  const id = useId();
  const best = voices[0];
  const selected = voiceId && voices.some((v) => v.id === voiceId) ? voiceId : '';
  const language = languageName(locale);

  return (
    <fieldset className="voice-settings">
      <legend>{tr('settingsTitle', locale)}</legend>
      <label htmlFor={`${id}-voice`}>{tr('voiceLabel', locale, { language })}</label>
      <select
        id={`${id}-voice`}
        data-testid="voice-select"
        value={selected}
        disabled={voices.length === 0}
        onChange={(e) => props.onVoiceChange(e.target.value || null)}
      >
        <option value="">
          {best ? tr('voiceAuto', locale, { name: voiceLabel(best, locale) }) : tr('voiceNone', locale)}
        </option>
        {voices.map((v) => (
          <option key={v.id} value={v.id}>
            {voiceLabel(v, locale)}
          </option>
        ))}
      </select>
      {voices.length === 0 && <p className="voice-note">{tr('noVoice', locale, { language })}</p>}
      <label htmlFor={`${id}-rate`}>{tr('rateLabel', locale)}</label>
      <input
        id={`${id}-rate`}
        data-testid="rate-input"
        type="range"
        min={RATE_MIN}
        max={RATE_MAX}
        step={0.1}
        value={rate}
        onChange={(e) => props.onRateChange(Number(e.target.value))}
      />
      <output htmlFor={`${id}-rate`}>{tr('rateValue', locale, { rate: rate.toFixed(1) })}</output>
      <label className="allow-online">
        <input
          type="checkbox"
          data-testid="allow-online-recognition"
          checked={allowOnlineRecognition}
          aria-describedby={`${id}-online-note`}
          onChange={(e) => props.onAllowOnlineRecognitionChange(e.target.checked)}
        />
        {tr('allowOnline', locale)}
      </label>
      <p id={`${id}-online-note`} className="voice-note">
        {tr('allowOnlineNote', locale)}
      </p>
    </fieldset>
  );
}
