/**
 * The report's components rendered to markup: the matrix in scenario blocks with shares, the
 * per-locale table, and failures whose utterances and slots are text, never HTML.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { FailureList } from './FailureList.tsx';
import { LocaleTable } from './LocaleTable.tsx';
import type { BatchAnalysis } from './types.ts';

const CELLS = [
  { gold: 'alarm_set', predicted: 'alarm_set', count: 3 },
  { gold: 'alarm_set', predicted: 'iot_hue_lightoff', count: 1 },
];
const SCENARIOS = { alarm_set: 'alarm', iot_hue_lightoff: 'iot' };

describe('ConfusionMatrix', () => {
  it('draws the intents present in scenario blocks, shaded by their share of the row', () => {
    const html = renderToStaticMarkup(<ConfusionMatrix locale="en-US" cells={CELLS} scenarios={SCENARIOS} />);
    expect(html).toContain('data-intents="2"');
    expect(html).toContain('<th scope="colgroup" colSpan="1" class="scenario block-start" title="alarm">alarm</th>');
    expect(html).toContain('<th scope="row" title="alarm_set">set</th>');
    expect(html).toContain('class="block-start diagonal hit strong" style="--share:0.75" title="alarm_set → alarm_set: 3">3</td>');
    expect(html).toContain('class="block-start hit" style="--share:0.25" title="alarm_set → iot_hue_lightoff: 1">1</td>');
  });
});

describe('LocaleTable', () => {
  it('shows each locale and the mean with one decimal', () => {
    const report = { locales: { 'de-DE': { n: 2033, intent_acc: 79.6, slot_f1: 67.5, exact_match: 54 } }, mean: { intent_acc: 79.6, slot_f1: 67.5, exact_match: 54 }, utterances: 2033 };
    const html = renderToStaticMarkup(<LocaleTable locale="en-US" report={report as never} />);
    expect(html).toContain('<td>2033</td><td>79.6</td><td>67.5</td><td>54.0</td>');
    expect(html).toContain('data-locale="mean"');
  });
});

describe('FailureList', () => {
  it('shows utterances and slots as text, with a link to the inspector', () => {
    const analysis: BatchAnalysis = {
      confusion: [],
      scenarios: {},
      failureCount: 1,
      failures: [{ line: 7, id: '1', locale: 'en-US', utt: '<img src=x onerror=alert(1)> at noon', gold: { intent: 'alarm_set', slots: [{ label: 'time', text: '<b>noon</b>' }] }, predicted: { intent: 'alarm_query', slots: [] } }],
    };
    const html = renderToStaticMarkup(<FailureList locale="en-US" modelId="polyvox-nlu-v12" analysis={analysis} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; at noon');
    expect(html).toContain('data-wrong-intent="true"');
    expect(html).toContain('Utterances not exactly right: 1');
    expect(html).toContain('href="/?locale=en-US&amp;text=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E+at+noon"');
    expect(html).toContain('no slots');
  });
});
