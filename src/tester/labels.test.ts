/** The correction lists from the model's labels: intents by scenario, filtered; slot types. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { fetchLabels, friendlyIntent, intentGroups, slotTypes } from './labels.ts';
import type { TesterLabels } from './types.ts';

const LABELS = JSON.parse(readFileSync(join(import.meta.dirname, `../../public/models/${DEFAULT_MODEL_ID}/labels.json`), 'utf8')) as TesterLabels;

describe('labels', () => {
  it('groups the shipped model\'s 60 intents into its 18 scenarios, sorted', () => {
    const groups = intentGroups(LABELS);
    expect(groups).toHaveLength(18);
    expect(groups.flatMap((g) => g.intents)).toHaveLength(60);
    expect(groups[0]).toEqual({ scenario: 'alarm', intents: ['alarm_query', 'alarm_remove', 'alarm_set'] });
  });

  it('filters by every word of the filter, keeping the current choice', () => {
    expect(intentGroups(LABELS, 'hue OFF')).toEqual([{ scenario: 'iot', intents: ['iot_hue_lightoff'] }]);
    expect(intentGroups(LABELS, 'light off', 'alarm_set').map((g) => g.scenario)).toEqual(['alarm', 'iot']);
    expect(intentGroups(LABELS, 'no such thing')).toEqual([]);
  });

  it('offers the 55 slot types (every label but Other)', () => {
    const types = slotTypes(LABELS);
    expect(types).toHaveLength(55);
    expect(types).not.toContain('Other');
    expect(types).toContain('time');
  });

  it('names intents readably', () => {
    expect(friendlyIntent('iot_hue_lightchange', 'iot')).toBe('iot › hue lightchange');
    expect(friendlyIntent('qa_factoid', 'qa')).toBe('qa › factoid');
  });

  it('fetches and checks labels.json of a model folder', async () => {
    const urls: string[] = [];
    const ok = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(LABELS));
    }) as typeof fetch;
    expect((await fetchLabels('m', ok)).intents).toHaveLength(60);
    expect(urls[0]).toMatch(/models\/m\/labels\.json$/);
    const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
    await expect(fetchLabels('m', missing)).rejects.toThrow('HTTP 404');
    const bad = (async () => new Response('{"intents":[]}')) as typeof fetch;
    await expect(fetchLabels('m', bad)).rejects.toThrow('labels.json');
  });
});
