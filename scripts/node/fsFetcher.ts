/**
 * Node-only AssetFetcher that reads a model folder from disk, used by the evaluation CLI,
 * the benchmark and the unit tests. A missing file is `model-missing`, as over HTTP.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssetFetcher } from '../../src/nlu/assets.ts';
import { NluError } from '../../src/nlu/errors.ts';

/** Reads `<dir>/<file>`; reports the whole file as one progress step. */
export function fsFetcher(dir: string): AssetFetcher {
  return async (file, onProgress) => {
    const path = join(dir, file);
    let buf: Buffer;
    try {
      buf = await readFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new NluError('model-missing', `model file ${path} not found${code && code !== 'ENOENT' ? ` (${code})` : ''}`);
    }
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    onProgress?.({ file, loaded: bytes.byteLength, total: bytes.byteLength });
    return bytes;
  };
}
