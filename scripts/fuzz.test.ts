/**
 * A small seeded slice of the fuzz harness (scripts/fuzz.ts), dialogue only (forced and
 * template readings, no ONNX model): 300 generated inputs plus a handful of 100,000-character
 * ones must give no crash, no hang and no contract violation. Also checks that the generator
 * is deterministic and covers its families, and that the contracts catch what they claim to.
 */
import { describe, expect, it } from 'vitest';
import { checkReply, checkState, printable } from './fuzz/contracts.ts';
import { TEMPLATE_LOCALES } from './fuzz/corpus.ts';
import { FAMILIES, generateInput, HUGE_EVERY, HUGE_LENGTH, longInput } from './fuzz/generate.ts';
import { DEFAULT_NOW, loadLabels, runHarness } from './fuzz/harness.ts';
import { formatReport } from './fuzz/report.ts';
import { DEFAULT_MODEL_DIR } from './nodeModel.ts';
import { initialDialogState } from '../src/dialog/index.ts';

const labels = loadLabels(DEFAULT_MODEL_DIR);
const NOW = new Date(DEFAULT_NOW);

describe('fuzz generator', () => {
  it('is deterministic per (seed, index) and differs between seeds', () => {
    for (const i of [0, 1, 17, 999, 4242]) {
      expect(generateInput(1, i, labels)).toEqual(generateInput(1, i, labels));
    }
    const a = Array.from({ length: 50 }, (_, i) => generateInput(1, i, labels).text);
    const b = Array.from({ length: 50 }, (_, i) => generateInput(2, i, labels).text);
    expect(a).not.toEqual(b);
  });

  it('covers every family, the ten template locales and consistent slot spans', () => {
    const inputs = Array.from({ length: 1000 }, (_, i) => generateInput(7, i, labels));
    const families = new Set(inputs.map((x) => x.family));
    for (const f of FAMILIES.filter((f) => f !== 'huge')) expect(families, f).toContain(f);
    const templateLocales = new Set(inputs.filter((x) => x.family === 'template').map((x) => x.locale));
    for (const l of TEMPLATE_LOCALES) expect(templateLocales, l).toContain(l);
    expect(inputs.some((x) => x.text === '')).toBe(true);
    for (const x of inputs) {
      expect(labels.intents).toContain(x.forced.intent);
      for (const s of [...x.forced.slots, ...(x.oracle?.slots ?? [])]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(x.text.length);
        expect(x.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('places a 1,000,000-character input every HUGE_EVERY inputs', () => {
    const huge = generateInput(1, HUGE_EVERY - 1, labels);
    expect(huge.family).toBe('huge');
    expect(huge.text.length).toBe(HUGE_LENGTH);
  });
});

describe('fuzz contracts', () => {
  it('flag NaN, ∞, Invalid Date and unfilled placeholders the user did not say', () => {
    const kinds = (said: string, params: Record<string, string>) =>
      checkReply({ key: 'mathResult', params }, 'en-US', said).violations.map((v) => v.kind);
    expect(kinds('what is 1/0', { expression: '1÷0', result: '∞' })).toContain('reply:Infinity');
    expect(kinds('what is 0/0', { expression: '0÷0', result: 'NaN' })).toContain('reply:NaN');
    expect(kinds('what is 2', { expression: '2' })).toContain('reply:placeholder');
    expect(kinds('what is NaN', { expression: 'NaN', result: 'NaN' })).toEqual([]);
    expect(checkReply({ key: 'alarmSet', params: { time: 'Invalid Date' } }, 'de-DE', 'x').violations.map((v) => v.kind)).toContain('reply:Invalid Date');
    expect(checkReply({ key: 'noSuchKey' } as never, 'en-US', '').violations.map((v) => v.kind)).toEqual(['reply:unknown-key']);
  });

  it('flag alarms outside [now, now + 8 days], unreal event days, non-string items and bad levels', () => {
    const s = initialDialogState();
    s.alarms = [
      { id: 'a', kind: 'timer', at: NOW.getTime() + 3e9 * 3.6e6, seconds: 3e9 * 3600, locale: 'en-US', ringing: false },
      { id: 'b', kind: 'alarm', at: NaN, locale: 'en-US', ringing: false },
      { id: 'c', kind: 'alarm', at: NOW.getTime() + 60_000, locale: 'en-US', ringing: false },
    ];
    s.events = [
      { id: 'e1', title: 'x', date: '1900-01-01', locale: 'en-US' },
      { id: 'e2', title: 'x', date: '2026-02-30', locale: 'en-US' },
      { id: 'e3', title: 'x', date: '2026-03-15', time: '24:30', locale: 'en-US' },
      { id: 'e4', title: 'x', date: '2126-03-14', locale: 'en-US' },
    ];
    s.lists = [{ name: 'shopping', items: ['milk', 7 as unknown as string] }];
    s.audio.volume = 101;
    s.devices.light.brightness = NaN;
    const kinds = checkState(s, NOW).map((v) => v.kind);
    expect(kinds.filter((k) => k === 'alarm:at')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'event:date')).toHaveLength(2);
    expect(kinds).toEqual(expect.arrayContaining(['event:time', 'list:item', 'audio:volume', 'light:brightness']));
    expect(checkState(initialDialogState(), NOW)).toEqual([]);
  });

  it('print hostile text escaped and bounded', () => {
    expect(printable('a\u0000b\u202e\ud800c')).toBe('a\\u0000b\\u202e\\ud800c');
    expect(printable('x'.repeat(1_000_000), 10)).toBe('xxxxxxxxxx… (1000000 chars)');
  });
});

describe('fuzz slice (dialogue only, forced intents)', () => {
  it('300 seeded inputs: no crash, no hang, no contract violation', async () => {
    const report = await runHarness({ seed: 1, from: 0, count: 300, labels, now: NOW });
    expect(report.done).toBe(300);
    expect({ crashes: report.crashes, hangs: report.hangs, violations: Object.keys(report.violations) }, formatReport(report)).toEqual({
      crashes: 0,
      hangs: 0,
      violations: [],
    });
  });

  it('a handful of 100,000-character inputs: no crash, no hang, no contract violation', async () => {
    const inputs = Array.from({ length: 6 }, (_, k) => longInput(1, 100 * k + 3, 100_000, labels));
    const report = await runHarness({ seed: 1, from: 0, count: inputs.length, inputs, labels, now: NOW });
    expect(report.done).toBe(inputs.length);
    expect({ crashes: report.crashes, hangs: report.hangs, violations: Object.keys(report.violations) }, formatReport(report)).toEqual({
      crashes: 0,
      hangs: 0,
      violations: [],
    });
  });
});
