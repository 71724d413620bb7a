import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SpeakerVoice } from '../output/types.ts';
import { InterimTranscript } from './InterimTranscript.tsx';
import { LevelMeter } from './LevelMeter.tsx';
import { MicButton } from './MicButton.tsx';
import { SpeechErrorMessage } from './SpeechErrorMessage.tsx';
import { languageName, tr } from './tr.ts';
import { VoiceSettings } from './VoiceSettings.tsx';

const noop = () => undefined;
const VOICES: SpeakerVoice[] = [
  { id: 'browser:a', name: 'Anna <b>', lang: 'de-DE', engine: 'browser', local: true },
  { id: 'espeak', name: 'eSpeak NG', lang: 'de', engine: 'espeak', local: true },
  { id: 'browser:g', name: 'Google Deutsch', lang: 'de-DE', engine: 'browser', local: false },
];

describe('speech components', () => {
  it('MicButton shows its state for tests and assistive tech', () => {
    const idle = renderToStaticMarkup(<MicButton status="idle" locale="en-US" onStart={noop} onStop={noop} />);
    expect(idle).toContain('data-testid="mic-button"');
    expect(idle).toContain('data-state="idle"');
    expect(idle).toContain('aria-pressed="false"');
    const on = renderToStaticMarkup(<MicButton status="listening" locale="en-US" onStart={noop} onStop={noop} />);
    expect(on).toContain('aria-pressed="true"');
    expect(on).toContain('Stop');
  });

  it('LevelMeter starts at 0.00 as a meter', () => {
    const html = renderToStaticMarkup(<LevelMeter source={{ subscribe: () => noop }} locale="en-US" />);
    expect(html).toContain('data-testid="level-meter"');
    expect(html).toContain('data-level="0.00"');
    expect(html).toContain('role="meter"');
  });

  it('InterimTranscript and the error message render text, never markup', () => {
    const t = renderToStaticMarkup(<InterimTranscript text="<img src=x>" locale="ar-SA" />);
    expect(t).toContain('&lt;img src=x&gt;');
    expect(t).toContain('lang="ar"');
    // NOTE: English UI for text checks; other languages may already be translated.
    const e = renderToStaticMarkup(<SpeechErrorMessage error={{ reason: 'online-not-allowed', detail: '' }} locale="en-US" />);
    expect(e).toContain('data-reason="online-not-allowed"');
    expect(e).toContain('can recognize English only');
    expect(e).toContain('Allow online speech recognition');
    const de = renderToStaticMarkup(<SpeechErrorMessage error={{ reason: 'mic-denied', detail: '' }} locale="de-DE" />);
    expect(de).toContain('data-reason="mic-denied"');
    expect(renderToStaticMarkup(<SpeechErrorMessage error={null} locale="de-DE" />)).toBe('');
  });

  it('VoiceSettings lists voices marked offline/online, the rate and the unchecked opt-in', () => {
    const html = renderToStaticMarkup(
      <VoiceSettings
        locale="en-US"
        voices={VOICES}
        voiceId={null}
        onVoiceChange={noop}
        rate={1.2}
        onRateChange={noop}
        allowOnlineRecognition={false}
        onAllowOnlineRecognitionChange={noop}
      />,
    );
    expect(html).toContain('data-testid="voice-select"');
    expect(html).toContain('data-testid="rate-input"');
    expect(html).toContain('data-testid="allow-online-recognition"');
    expect(html).not.toMatch(/data-testid="allow-online-recognition"[^>]*checked/);
    expect(html).toContain('Automatic (Anna &lt;b&gt;)');
    expect(html).toContain('>eSpeak NG (offline)</option>');
    expect(html).toContain('>Google Deutsch (online)</option>');
    expect(html).toContain('1.2×');
    expect(html).toContain('browser vendor');
  });

  it('VoiceSettings says when no voice exists', () => {
    const html = renderToStaticMarkup(
      <VoiceSettings
        locale="km-KH"
        voices={[]}
        voiceId={null}
        onVoiceChange={noop}
        rate={1}
        onRateChange={noop}
        allowOnlineRecognition
        onAllowOnlineRecognitionChange={noop}
      />,
    );
    expect(html).toMatch(/<select[^>]*disabled=""/);
    expect(html).toContain(tr('noVoice', 'km-KH', { language: languageName('km-KH') }));
  });
});
