/** HTTP fetcher (404, SPA HTML fallback, streamed progress) and folder validation. */
import { describe, expect, it } from 'vitest';
import { type FileProgress, httpFetcher, validateConfig, validateLabels } from './assets.ts';

/** A fetch that answers from a table of path → Response factory and records URLs. */
function fakeFetch(routes: Record<string, () => Response>) {
  const urls: string[] = [];
  const impl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    urls.push(url);
    const route = routes[new URL(url).pathname];
    return route ? route() : new Response('nope', { status: 404 });
  }) as typeof fetch;
  return { impl, urls };
}

function chunked(parts: Uint8Array[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of parts) controller.enqueue(p);
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

describe('httpFetcher', () => {
  it('streams bytes and reports per-file progress against Content-Length', async () => {
    const { impl, urls } = fakeFetch({
      '/models/m/model.int8.onnx': () => chunked([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])], { 'content-length': '5' }),
    });
    const progress: FileProgress[] = [];
    const bytes = await httpFetcher('http://127.0.0.1/models/m', impl)('model.int8.onnx', (p) => progress.push(p));
    expect([...bytes]).toEqual([1, 2, 3, 4, 5]);
    expect(urls).toEqual(['http://127.0.0.1/models/m/model.int8.onnx']);
    expect(progress.map((p) => [p.loaded, p.total])).toEqual([[0, 5], [3, 5], [5, 5]]);
  });

  it('reports no total when the body is compressed or the length is missing', async () => {
    const { impl } = fakeFetch({
      '/m/a.json': () => chunked([new Uint8Array(8)], { 'content-length': '4', 'content-encoding': 'gzip' }),
      '/m/b.json': () => chunked([new Uint8Array(8)], {}),
    });
    const totals: (number | null)[] = [];
    const fetcher = httpFetcher('http://127.0.0.1/m/', impl);
    await fetcher('a.json', (p) => totals.push(p.total));
    await fetcher('b.json', (p) => totals.push(p.total));
    expect(totals.every((t) => t === null)).toBe(true);
  });

  it('turns 404 and an HTML fallback page into model-missing naming the URL', async () => {
    const { impl } = fakeFetch({
      '/m/labels.json': () => new Response('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }),
    });
    const fetcher = httpFetcher('http://127.0.0.1/m/', impl);
    await expect(fetcher('model.int8.onnx')).rejects.toMatchObject({ code: 'model-missing', message: 'model file http://127.0.0.1/m/model.int8.onnx not found (HTTP 404)' });
    await expect(fetcher('labels.json')).rejects.toMatchObject({ code: 'model-missing', message: expect.stringContaining('HTML page') });
  });

  it('turns a network failure into model-missing', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(httpFetcher('/m/', failing)('config.json')).rejects.toMatchObject({ code: 'model-missing', message: expect.stringContaining('Failed to fetch') });
  });
});

describe('validation', () => {
  it('accepts a proper config and fills defaults', () => {
    expect(validateConfig({ model_id: 'x', max_tokens: 64, pad_id: 0 })).toMatchObject({ char_split_locales: ['ja-JP', 'zh-CN', 'zh-TW'] });
  });
  it('rejects bad configs and labels with model-corrupt', () => {
    expect(() => validateConfig({ max_tokens: 0, pad_id: 0 })).toThrow(/max_tokens/);
    expect(() => validateConfig({ max_tokens: 8 })).toThrow(/pad_id/);
    expect(() => validateLabels({ intents: [], slots: ['Other'], scenarios: {} })).toThrow(/empty/);
    expect(() => validateLabels(null)).toThrow(/labels\.json/);
  });
});
