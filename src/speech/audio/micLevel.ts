/**
 * Live microphone level: getUserMedia → AnalyserNode → RMS level 0..1 once per animation frame.
 * `stop()` cancels the loop, closes the AudioContext and releases every track, so the
 * browser's "microphone in use" indicator goes off when listening ends.
 */
import { levelOf, meterLevel } from './level.ts';

export type LevelListener = (level: number) => void;

/** Something the LevelMeter can subscribe to without re-rendering React on every frame. */
export interface LevelSource {
  subscribe(listener: LevelListener): () => void;
}

export interface MicLevelOptions {
  /** Injected for tests; defaults to `navigator.mediaDevices.getUserMedia`. */
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
}

export interface MicLevel {
  /** Stops the loop and releases the microphone. Safe to call twice. */
  stop(): void;
}

/**
 * Opens the microphone and calls `onLevel` every frame until `stop()`. Rejects with the
 * getUserMedia error (NotAllowedError, NotFoundError, ...) so the caller can map it.
 */
export async function startMicLevel(onLevel: LevelListener, options: MicLevelOptions = {}): Promise<MicLevel> {
  const getUserMedia =
    options.getUserMedia ??
    ((c: MediaStreamConstraints) => {
      if (!navigator.mediaDevices?.getUserMedia) throw new TypeError('getUserMedia is not available');
      return navigator.mediaDevices.getUserMedia(c);
    });
  // Raw input: the meter shows what the microphone hears, so no suppression or gain control
  // (noise suppression can also silence a steady test tone entirely).
  const stream = await getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
  let context: AudioContext;
  let source: MediaStreamAudioSourceNode;
  let analyser: AnalyserNode;
  try {
    context = new AudioContext();
    source = context.createMediaStreamSource(stream);
    analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    source.connect(analyser);
  } catch (e) {
    // NOTE: without this the mic would stay open (indicator on) after a Web Audio failure.
    for (const track of stream.getTracks()) track.stop();
    throw e;
  }
  // NOTE: a context created outside a user gesture starts suspended; analysis needs it running.
  void context.resume().catch(() => undefined);
  const buffer = new Float32Array(analyser.fftSize);
  let frame = 0;
  let stopped = false;
  let shown = 0;
  let last = performance.now();
  const tick = () => {
    if (stopped) return;
    analyser.getFloatTimeDomainData(buffer);
    const now = performance.now();
    shown = meterLevel(shown, levelOf(buffer), now - last);
    last = now;
    onLevel(shown);
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      cancelAnimationFrame(frame);
      source.disconnect();
      for (const track of stream.getTracks()) track.stop();
      void context.close().catch(() => undefined);
      onLevel(0);
    },
  };
}
