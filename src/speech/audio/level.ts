/**
 * Input level from raw samples: RMS, then a perceptual 0..1 scale (decibels, −60 dBFS → 0,
 * 0 dBFS → 1), because raw RMS of normal speech sits around 0.01–0.2 and would barely move a
 * linear meter.
 */

/** Root mean square of float samples in [-1, 1]; 0 for an empty buffer. */
export function rms(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i] ?? 0;
    sum += x * x;
  }
  return Math.sqrt(sum / samples.length);
}

/** Decibels below full scale shown as an empty meter. */
export const FLOOR_DB = -60;

/** Maps an RMS value to the meter's 0..1 scale (−60 dBFS or less → 0, full scale → 1). */
export function levelFromRms(value: number): number {
  if (!(value > 0)) return 0;
  const db = 20 * Math.log10(value);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

/** The meter level of a buffer of samples. */
export function levelOf(samples: ArrayLike<number>): number {
  return levelFromRms(rms(samples));
}

/** Level rounded to 2 decimals, as `data-level` shows it. */
export function roundLevel(level: number): number {
  return Math.round(level * 100) / 100;
}

/** How fast the shown level falls, in full scales per second (a peak takes ~1.4 s to fade). */
export const FALL_PER_SECOND = 0.7;

/**
 * Meter ballistics: rise at once, fall slowly. Without it a short sound (a syllable, a click)
 * is on screen for one frame and the meter looks dead.
 */
export function meterLevel(shown: number, measured: number, elapsedMs: number): number {
  return Math.max(measured, shown - (FALL_PER_SECOND * Math.max(0, elapsedMs)) / 1000);
}
