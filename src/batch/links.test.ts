/** The inspector link of a failure and the downloaded report's text and name. */
import { describe, expect, it } from 'vitest';
import { inspectorHref } from './inspectorLink.ts';
import { reportFileName, reportText } from './reportFile.ts';

describe('inspectorHref', () => {
  it('opens the assistant page on the utterance and locale, keeping a non-default model', () => {
    const href = inspectorHref('/', 'ja-JP', '明日 7時 & "x"', 'polyvox-nlu-v12', 'polyvox-nlu-v12');
    const url = new URL(href, 'http://127.0.0.1:4173');
    expect(url.pathname).toBe('/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ locale: 'ja-JP', text: '明日 7時 & "x"' });
    expect(new URL(inspectorHref('/app/', 'de-DE', 'a', 'mine', 'polyvox-nlu-v12'), 'http://localhost').search).toBe('?locale=de-DE&text=a&model=mine');
  });
});

describe('the report file', () => {
  it('is the JSON the CLI writes, under a name that says what was evaluated', () => {
    expect(reportText({ model: 'm' } as never)).toBe('{\n  "model": "m"\n}\n');
    expect(reportFileName({ data: 'de-DE.dev.jsonl.gz', model: 'polyvox-nlu-v12' })).toBe('eval-de-DE.dev-polyvox-nlu-v12.json');
    expect(reportFileName({ data: 'my file (1).jsonl', model: 'm' })).toBe('eval-my_file_1_-m.json');
  });
});
