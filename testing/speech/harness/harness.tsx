/**
 * Test-only page for e2e/speech.spec.ts: mounts the speech components the way the app will,
 * with a text box standing in for typed input, and exposes `window.__speechHarness` so tests
 * can synthesize with eSpeak and inspect PCM. `?recognizer=fake` swaps in the scripted engine
 * (this Chromium cannot recognize speech); `?locale=de-DE` picks the locale.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { levelOf, rms } from '../../../src/speech/audio/level.ts';
import { SpeechInput } from '../../../src/speech/input/speechInput.ts';
import { BrowserSpeaker } from '../../../src/speech/output/browserSpeaker.ts';
import { EspeakSpeaker } from '../../../src/speech/output/espeakSpeaker.ts';
import { createRecognizer } from '../../../src/speech/recognition/registry.ts';
import { FakeRecognizer } from '../fakeRecognizer.ts';
import { InterimTranscript } from '../../../src/speech/ui/InterimTranscript.tsx';
import { LevelMeter } from '../../../src/speech/ui/LevelMeter.tsx';
import { MicButton } from '../../../src/speech/ui/MicButton.tsx';
import { SpeechErrorMessage } from '../../../src/speech/ui/SpeechErrorMessage.tsx';
import { useSpeechInput } from '../../../src/speech/ui/useSpeechInput.ts';
import { VoiceSettings } from '../../../src/speech/ui/VoiceSettings.tsx';
import type { SpeechHarnessHook } from './hook.ts';

const params = new URLSearchParams(location.search);
const locale = params.get('locale') ?? 'en-US';
const fake = params.get('recognizer') === 'fake' ? new FakeRecognizer() : null;
const recognizer = fake ?? createRecognizer();
const espeak = new EspeakSpeaker({ assetsUrl: '/espeak/' });
const speaker = new BrowserSpeaker({ fallback: espeak });
/** Every stream the page opened, so a test can check the tracks were released. */
const streams: MediaStream[] = [];
const input = new SpeechInput({
  recognizer,
  bargeIn: () => speaker.stop(),
  getUserMedia: async (c) => {
    const stream = await navigator.mediaDevices.getUserMedia(c);
    streams.push(stream);
    return stream;
  },
});
const finals: string[] = [];
input.onFinal((text) => finals.push(text));

/** PCM statistics a test asserts on (the samples themselves stay in the page). */
async function synthesizeStats(text: string, loc: string) {
  const pcm = await espeak.synthesize(text, loc);
  let peak = 0;
  for (const x of pcm.samples) peak = Math.max(peak, Math.abs(x));
  return { length: pcm.samples.length, sampleRate: pcm.sampleRate, rms: rms(pcm.samples), level: levelOf(pcm.samples), peak };
}

const harness: SpeechHarnessHook = {
  locale,
  speaker,
  espeak,
  fake,
  finals,
  synthesizeStats,
  liveTracks: () => streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
  openedStreams: () => streams.length,
};
window.__speechHarness = harness;

function Harness() {
  const snap = useSpeechInput(input);
  const [typed, setTyped] = useState('');
  const [allowOnline, setAllowOnline] = useState(false);
  const [rate, setRate] = useState(1);
  const [voiceId, setVoiceId] = useState<string | null>(null);
  const [voices, setVoices] = useState(() => speaker.voicesFor(locale));
  useEffect(() => speaker.onVoicesChanged(() => setVoices(speaker.voicesFor(locale))), []);

  return (
    <main>
      <form onSubmit={(e) => e.preventDefault()}>
        <input data-testid="typed-input" aria-label="Request" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </form>
      <MicButton
        status={snap.status}
        locale={locale}
        onStart={() => void input.start({ locale, mode: 'push-to-talk', allowOnline })}
        onStop={() => input.stop()}
      />
      <span data-testid="processing">{snap.processing ?? ''}</span>
      <LevelMeter source={input.level} locale={locale} />
      <InterimTranscript text={snap.interim} locale={locale} />
      <SpeechErrorMessage error={snap.error} locale={locale} />
      <VoiceSettings
        locale={locale}
        voices={voices}
        voiceId={voiceId}
        onVoiceChange={(id) => {
          setVoiceId(id);
          speaker.setVoice(locale, id);
        }}
        rate={rate}
        onRateChange={(r) => {
          setRate(r);
          speaker.rate = r;
        }}
        allowOnlineRecognition={allowOnline}
        onAllowOnlineRecognitionChange={setAllowOnline}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
