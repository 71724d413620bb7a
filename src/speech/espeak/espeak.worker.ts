/**
 * Web Worker running eSpeak NG, so synthesizing a reply (100 ms – 1 s of CPU) never blocks the
 * page. The engine is imported at run time from the app's own `espeak/` folder: bundling it
 * breaks its data loading, and keeping it a separate file keeps the GPL program separate.
 */
import { EspeakVoiceError, synthesize, type EspeakFactory, type EspeakNative } from './engine.ts';
import { assertNever, type EspeakRequest, type EspeakResponse } from './protocol.ts';

let loaded: { url: string; engine: Promise<EspeakNative> } | null = null;

/** Tries of the voice data download: a stream cut under load ("network error") is tried once more. */
const DATA_TRIES = 2;

/**
 * The voice data (espeak-ng.data, 10+ MB), fetched here rather than by the Emscripten loader:
 * its loader leaves a failed download as an unhandled rejection (a page error in the kiosk soak)
 * and its module promise pending forever. Here a failure is retried, then rejects `engineAt`.
 */
async function fetchData(url: string): Promise<ArrayBuffer> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${url}`);
      return await response.arrayBuffer();
    } catch (e) {
      if (attempt >= DATA_TRIES) throw new Error(`the offline voice's data could not be loaded (${url}): ${String(e)}`, { cause: e });
    }
  }
}

function engineAt(assetsUrl: string): Promise<EspeakNative> {
  if (loaded?.url !== assetsUrl) {
    const base = new URL(assetsUrl, self.location.href);
    const url = new URL('espeak-ng.js', base).href;
    const data = fetchData(new URL('espeak-ng.data', base).href);
    const engine = Promise.all([import(/* @vite-ignore */ url) as Promise<{ default: EspeakFactory }>, data]).then(async ([mod, buffer]) => {
      // The loader takes a package handed to it instead of fetching its own (getPreloadedPackage).
      const module = await mod.default({ getPreloadedPackage: () => buffer });
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
