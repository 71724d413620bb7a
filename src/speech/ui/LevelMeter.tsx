/**
 * Microphone level bar. Subscribes to a LevelSource and writes the DOM directly, because the
 * level changes every animation frame and re-rendering React that often would be wasted work.
 */
import { useEffect, useRef } from 'react';
import type { LevelSource } from '../audio/micLevel.ts';
import { tr } from './tr.ts';

export interface LevelMeterProps {
  source: LevelSource;
  locale: string;
}

export function LevelMeter({ source, locale }: LevelMeterProps) {
  const meter = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      source.subscribe((level) => {
        const value = (Math.round(level * 100) / 100).toFixed(2);
        meter.current?.setAttribute('data-level', value);
        meter.current?.setAttribute('aria-valuenow', value);
        if (bar.current) bar.current.style.transform = `scaleX(${value})`;
      }),
    [source],
  );

  return (
    <div
      ref={meter}
      className="level-meter"
      data-testid="level-meter"
      data-level="0.00"
      role="meter"
      aria-label={tr('levelLabel', locale)}
      aria-valuemin={0}
      aria-valuemax={1}
      aria-valuenow={0}
      style={{ height: '0.5rem', background: '#ddd', overflow: 'hidden', borderRadius: '0.25rem' }}
    >
      <div
        ref={bar}
        className="level-meter-bar"
        style={{ height: '100%', background: '#2a7', transform: 'scaleX(0)', transformOrigin: 'left' }}
      />
    </div>
  );
}
