/**
 * Web Worker running eSpeak NG, so synthesizing a reply (100 ms – 1 s of CPU) never blocks the
 * page. The engine is imported at run time from the app's own `espeak/` folder: bundling it
 * breaks its data loading, and keeping it a separate file keeps the GPL program separate.
 */
import { EspeakVoiceError, synthesize, type EspeakFactory, type EspeakNative } from './engine.ts';
import { assertNever, type EspeakRequest, type EspeakResponse } from './protocol.ts';

let loaded: { url: string; engine: Promise<EspeakNative> } | null = null;

function engineAt(assetsUrl: string): Promise<EspeakNative> {
  if (loaded?.url !== assetsUrl) {
    const url = new URL('espeak-ng.js', new URL(assetsUrl, self.location.href)).href;
    const engine = import(/* @vite-ignore */ url).then(async (mod: { default: EspeakFactory }) => {
      const module = await mod.default();
      return new module.eSpeakNGWorker();
    });
    loaded = { url: assetsUrl, engine };
    engine.catch(() => {
      if (loaded?.engine === engine) loaded = null; // let a later request try again
    });
  }
  return loaded.engine;
}

function reply(msg: EspeakResponse, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(msg, transfer);
}

self.onmessage = async (event: MessageEvent<EspeakRequest>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'synth': {
      let engine: EspeakNative;
      try {
        engine = await engineAt(msg.assetsUrl);
      } catch (e) {
        return reply({ type: 'error', id: msg.id, kind: 'load', message: String(e) });
      }
      try {
        const pcm = synthesize(engine, msg.text, msg.voice, msg.wpm);
        reply({ type: 'audio', id: msg.id, samples: pcm.samples, sampleRate: pcm.sampleRate }, [pcm.samples.buffer]);
      } catch (e) {
        const kind = e instanceof EspeakVoiceError ? 'voice' : 'synth';
        reply({ type: 'error', id: msg.id, kind, message: String(e) });
      }
      return;
    }
    default:
      assertNever(msg.type);
  }
};
