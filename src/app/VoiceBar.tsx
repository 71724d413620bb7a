/**
 * The voice controls above the text box: talk button, live level, interim transcript and
 * any recognition or speech-output problem. Typed input never depends on any of it.
 */
import { MicButton, InterimTranscript, LevelMeter, SpeechErrorMessage, useSpeechInput, type SpeechInput } from '../speech/index.ts';
import { useApp } from '../state/StoreContext.tsx';
import { tr } from '../conversation/ui/strings.ts';
import { tr as trSpeech } from '../speech/ui/tr.ts';
import type { VoicePrefs } from '../state/types.ts';

/** Props: the page's listening session and the user's voice preferences. */
export function VoiceBar({ input, prefs }: { input: SpeechInput; prefs: VoicePrefs }) {
  const locale = useApp((s) => s.locale);
  const speakError = useApp((s) => s.speakError);
  const snap = useSpeechInput(input);
  return (
    <section className="voice-bar">
      <div className="voice-row">
        <MicButton
          status={snap.status}
          locale={locale}
          onStart={() => void input.start({ locale, mode: prefs.handsFree ? 'hands-free' : 'push-to-talk', allowOnline: prefs.allowOnline })}
          onStop={() => input.stop()}
        />
        <LevelMeter source={input.level} locale={locale} />
        {snap.processing && (
          <small className="processing" data-testid="processing" data-processing={snap.processing}>
            {trSpeech(snap.processing === 'online' ? 'processingOnline' : 'processingLocal', locale)}
          </small>
        )}
      </div>
      <InterimTranscript text={snap.interim} locale={locale} />
      <SpeechErrorMessage error={snap.error} locale={locale} />
      {speakError && <p className="muted" role="status" data-testid="speak-error">{tr('speakFailed', locale, { message: speakError })}</p>}
    </section>
  );
}
