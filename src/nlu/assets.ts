/**
 * Loads and validates the files of a model folder (docs/model-format.md) through a pluggable
 * fetcher: HTTP with byte progress in the browser, the file system in Node. Every failure is
 * an NluError naming the file, so the UI can say exactly what is missing or broken.
 */
import { NluError } from './errors.ts';
import type { ModelConfig, ModelLabels } from './types.ts';

/** Bytes loaded so far for one file; `total` is null when the server did not say. */
export interface FileProgress {
  file: string;
  loaded: number;
  total: number | null;
}

/** Reads one file of the model folder by name. */
export type AssetFetcher = (file: string, onProgress?: (p: FileProgress) => void) => Promise<Uint8Array>;

/** The model folder, parsed. */
export interface ModelAssets {
  config: ModelConfig;
  labels: ModelLabels;
  tokenizerJson: object;
  tokenizerConfig: object;
  onnx: Uint8Array;
}

/** File names of a model folder. */
export const MODEL_FILES = {
  onnx: 'model.int8.onnx',
  tokenizer: 'tokenizer.json',
  tokenizerConfig: 'tokenizer_config.json',
  labels: 'labels.json',
  config: 'config.json',
} as const;

function parseJson(file: string, bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch (e) {
    const looksHtml = /^\s*</.test(text);
    throw new NluError('model-corrupt', `${file} is not valid JSON${looksHtml ? ' (got an HTML page)' : ''}: ${(e as Error).message}`);
  }
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Checks the shape of `labels.json`; slot 0 must be `Other`. */
export function validateLabels(raw: unknown): ModelLabels {
  const r = raw as Partial<ModelLabels> | null;
  if (!r || !isStringArray(r.intents) || !isStringArray(r.slots) || typeof r.scenarios !== 'object' || r.scenarios === null) {
    throw new NluError('model-corrupt', 'labels.json must hold "intents" and "slots" string arrays and a "scenarios" object');
  }
  if (r.intents.length === 0 || r.slots[0] !== 'Other') {
    throw new NluError('model-corrupt', 'labels.json: "intents" is empty or "slots"[0] is not "Other"');
  }
  return { intents: r.intents, slots: r.slots, scenarios: r.scenarios as Record<string, string> };
}

/** Checks the preprocessing settings of `config.json`. */
export function validateConfig(raw: unknown): ModelConfig {
  const r = raw as Partial<ModelConfig> | null;
  if (!r || typeof r !== 'object') throw new NluError('model-corrupt', 'config.json must be a JSON object');
  const maxTokens = r.max_tokens;
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1) {
    throw new NluError('model-corrupt', 'config.json: "max_tokens" must be a positive integer');
  }
  if (typeof r.pad_id !== 'number') throw new NluError('model-corrupt', 'config.json: "pad_id" must be a number');
  const charSplit = r.char_split_locales ?? ['ja-JP', 'zh-CN', 'zh-TW'];
  if (!isStringArray(charSplit)) throw new NluError('model-corrupt', 'config.json: "char_split_locales" must be a string array');
  return { ...r, model_id: typeof r.model_id === 'string' ? r.model_id : 'unknown', max_tokens: maxTokens, pad_id: r.pad_id, char_split_locales: charSplit };
}

/** The folder's JSON files, parsed and checked. */
export type TextAssets = Omit<ModelAssets, 'onnx'>;

/** Fetches and validates config, labels and tokenizer files. */
export async function loadTextAssets(fetcher: AssetFetcher, onProgress?: (p: FileProgress) => void): Promise<TextAssets> {
  const json = async (file: string) => parseJson(file, await fetcher(file, onProgress));
  const [config, labels, tokenizerJson, tokenizerConfig] = await Promise.all([
    json(MODEL_FILES.config).then(validateConfig),
    json(MODEL_FILES.labels).then(validateLabels),
    json(MODEL_FILES.tokenizer),
    json(MODEL_FILES.tokenizerConfig),
  ]);
  if (typeof tokenizerJson !== 'object' || tokenizerJson === null || !('model' in tokenizerJson)) {
    throw new NluError('model-corrupt', 'tokenizer.json has no "model" section');
  }
  return { config, labels, tokenizerJson, tokenizerConfig: (tokenizerConfig ?? {}) as object };
}

/** Fetches the ONNX bytes; their content is checked when the session is created. */
export async function loadOnnx(fetcher: AssetFetcher, onProgress?: (p: FileProgress) => void): Promise<Uint8Array> {
  const onnx = await fetcher(MODEL_FILES.onnx, onProgress);
  if (onnx.byteLength < 16) throw new NluError('model-corrupt', `${MODEL_FILES.onnx} is empty or truncated (${onnx.byteLength} bytes)`);
  return onnx;
}

/** Fetches and validates every file of the folder. */
export async function loadAssets(fetcher: AssetFetcher, onProgress?: (p: FileProgress) => void): Promise<ModelAssets> {
  const [text, onnx] = await Promise.all([loadTextAssets(fetcher, onProgress), loadOnnx(fetcher, onProgress)]);
  return { ...text, onnx };
}

/**
 * Fetcher over HTTP relative to `baseUrl`, reporting bytes as they stream in. A 404 or an
 * HTML answer (a dev server's SPA fallback for a missing file) is reported as `model-missing`.
 */
export function httpFetcher(baseUrl: string, fetchImpl: typeof fetch = fetch): AssetFetcher {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return async (file, onProgress) => {
    const url = `${base}${file}`;
    let res: Response;
    try {
      res = await fetchImpl(url);
    } catch (e) {
      throw new NluError('model-missing', `could not fetch ${url}: ${(e as Error).message}`);
    }
    if (!res.ok) throw new NluError('model-missing', `model file ${url} not found (HTTP ${res.status})`);
    if ((res.headers.get('content-type') ?? '').includes('text/html')) {
      throw new NluError('model-missing', `model file ${url} not found (the server answered with an HTML page)`);
    }
    // NOTE: with Content-Encoding the length counts compressed bytes, not what we read.
    const header = Number(res.headers.get('content-length'));
    const compressed = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
    const total = !compressed && Number.isFinite(header) && header > 0 ? header : null;
    if (!res.body) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    const parts: Uint8Array[] = [];
    let loaded = 0;
    onProgress?.({ file, loaded, total });
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      loaded += value.byteLength;
      onProgress?.({ file, loaded, total: total !== null && loaded <= total ? total : null });
    }
    const out = new Uint8Array(loaded);
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.byteLength;
    }
    return out;
  };
}
