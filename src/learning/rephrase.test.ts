import { describe, expect, it } from 'vitest';
import { RephraseDetector, type ObservedTurn } from './rephrase.ts';

const turn = (id: string, text: string, intent: string, confidence: number, at: number, locale = 'en-US'): ObservedTurn => ({ id, text, locale, intent, confidence, at });

describe('RephraseDetector', () => {
  it('pairs an unsure turn with a successful rephrase within 20 s', () => {
    const d = new RephraseDetector();
    expect(d.observe(turn('1', 'lamp on kitchen', 'weather_query', 0.2, 0))).toBeNull();
    const c = d.observe(turn('2', 'turn on the kitchen light', 'iot_hue_lighton', 0.93, 8_000));
    expect(c).toMatchObject({ intent: 'iot_hue_lighton', failed: { text: 'lamp on kitchen' } });
    expect(d.candidates()).toHaveLength(1);
    d.settle(c!);
    expect(d.candidates()).toHaveLength(0);
  });

  it('pairs a turn marked wrong, and withdraws the pair if the rephrase is marked wrong too', () => {
    const d = new RephraseDetector();
    d.observe(turn('1', 'wake me at 7', 'alarm_query', 0.9, 0));
    d.markWrong('1');
    expect(d.observe(turn('2', 'set an alarm for 7', 'alarm_set', 0.95, 5_000))).not.toBeNull();
    d.markWrong('2');
    expect(d.candidates()).toHaveLength(0);
  });

  it('does not pair late, repeated, cross-locale or still-failing turns, nor successful first turns', () => {
    const late = new RephraseDetector();
    late.observe(turn('1', 'a b', 'x', 0.1, 0));
    expect(late.observe(turn('2', 'c d', 'y', 0.9, 20_001))).toBeNull();
    const same = new RephraseDetector();
    same.observe(turn('1', 'Lamp on', 'x', 0.1, 0));
    expect(same.observe(turn('2', 'lamp on!', 'y', 0.9, 1_000))).toBeNull();
    const locale = new RephraseDetector();
    locale.observe(turn('1', 'a b', 'x', 0.1, 0));
    expect(locale.observe(turn('2', 'c d', 'y', 0.9, 1_000, 'de-DE'))).toBeNull();
    const failing = new RephraseDetector();
    failing.observe(turn('1', 'a b', 'x', 0.1, 0));
    expect(failing.observe(turn('2', 'c d', 'y', 0.2, 1_000))).toBeNull();
    const fine = new RephraseDetector();
    fine.observe(turn('1', 'a b', 'x', 0.9, 0));
    expect(fine.observe(turn('2', 'c d', 'y', 0.9, 1_000))).toBeNull();
  });
});
