import { describe, expect, it } from 'vitest';
import { FALL_PER_SECOND, FLOOR_DB, levelFromRms, levelOf, meterLevel, rms, roundLevel } from './level.ts';

const sine = (amplitude: number, n = 4800) => Float32Array.from({ length: n }, (_, i) => amplitude * Math.sin((2 * Math.PI * 440 * i) / 48000));

describe('rms', () => {
  it('is 0 for silence and empty buffers, the amplitude for a square wave', () => {
    expect(rms(new Float32Array(128))).toBe(0);
    expect(rms([])).toBe(0);
    expect(rms([0.5, -0.5, 0.5, -0.5])).toBeCloseTo(0.5, 10);
  });

  it('is amplitude/√2 for a sine', () => {
    expect(rms(sine(0.8))).toBeCloseTo(0.8 / Math.SQRT2, 3);
  });
});

describe('levelFromRms', () => {
  it('maps −60 dBFS and below to 0 and full scale to 1', () => {
    expect(levelFromRms(0)).toBe(0);
    expect(levelFromRms(10 ** (FLOOR_DB / 20))).toBeCloseTo(0, 10);
    expect(levelFromRms(1e-6)).toBe(0);
    expect(levelFromRms(1)).toBe(1);
    expect(levelFromRms(2)).toBe(1);
    expect(levelFromRms(Number.NaN)).toBe(0);
  });

  it('is linear in decibels: −30 dBFS is half the meter, −6 dBFS 0.9', () => {
    expect(levelFromRms(10 ** (-30 / 20))).toBeCloseTo(0.5, 10);
    expect(levelFromRms(10 ** (-6 / 20))).toBeCloseTo(0.9, 10);
  });

  it('gives speech-like input a visible level and silence none', () => {
    const speech = levelOf(sine(0.1));
    expect(speech).toBeGreaterThan(0.5);
    expect(speech).toBeLessThan(0.7);
    expect(levelOf(new Float32Array(2048))).toBe(0);
    expect(roundLevel(0.12345)).toBe(0.12);
  });
});

describe('meterLevel', () => {
  it('rises at once to a louder sound', () => {
    expect(meterLevel(0.1, 0.8, 16)).toBe(0.8);
  });
  it('falls at FALL_PER_SECOND when the sound stops, never below the measured level', () => {
    expect(meterLevel(1, 0, 500)).toBeCloseTo(1 - FALL_PER_SECOND / 2, 10);
    expect(meterLevel(1, 0.9, 500)).toBe(0.9);
    expect(meterLevel(0.5, 0, 5000)).toBe(0);
  });
  it('a one-frame beep stays visible for about a second', () => {
    let shown = meterLevel(0, 1, 16);
    for (let t = 0; t < 1000; t += 16) shown = meterLevel(shown, 0, 16);
    expect(shown).toBeGreaterThan(0.2);
  });
});
