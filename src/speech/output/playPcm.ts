/**
 * Plays mono PCM through Web Audio and reports when it ends. A timer backs up `onended`,
 * which never fires while the AudioContext is suspended by the autoplay policy, so a caller
 * awaiting `done` is never stuck.
 */
import type { Pcm } from '../espeak/engine.ts';

export interface Playback {
  /** Resolves when the audio finished or was stopped. */
  done: Promise<void>;
  stop(): void;
}

export function playPcm(context: AudioContext, pcm: Pcm): Playback {
  const buffer = context.createBuffer(1, Math.max(1, pcm.samples.length), pcm.sampleRate);
  buffer.copyToChannel(pcm.samples as Float32Array<ArrayBuffer>, 0);
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let ended = false;
  const halt = () => {
    try {
      source.stop();
    } catch {
      // NOTE: stop() throws if the source already ended; nothing to do then.
    }
    end();
  };
  // NOTE: also silences audio that a late resume() would otherwise start after we gave up.
  const timer = setTimeout(halt, buffer.duration * 1000 + 1000);
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    source.disconnect();
    finish();
  };
  source.onended = end;
  void context.resume().catch(() => undefined);
  source.start();
  return { done, stop: halt };
}
