/**
 * The per-intent F1 chart: horizontal bars, worst first, drawn by Chart.js on a canvas. This
 * module is imported lazily (BatchReport), so Chart.js is fetched only when a report is shown
 * and never by the assistant page. Only the pieces a bar chart needs are registered (tree
 * shaking); Chart.js 4 injects no stylesheet and evaluates no strings, so a strict CSP holds.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { langTag } from '../i18n/languages.ts';
import type { IntentScores } from './confusion.ts';
import { tr } from './ui/strings.ts';

// Chart.js keeps its component registry per module; registering twice is harmless.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Bar height in CSS pixels: 60 intents give a chart that still reads without a scrollbar. */
const BAR_PX = 16;
const LOW_F1 = 50;

const pct = (x: number) => x.toFixed(1);

/** The chart of `scores` (worst first, as intentScores sorts them). */
export default function IntentF1Chart({ locale, scores }: { locale: string; scores: readonly IntentScores[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const css = getComputedStyle(el);
    const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const accent = color('--accent', '#3b5bdb');
    const danger = color('--danger', '#c92a2a');
    const text = color('--muted', '#5f6570');
    const grid = color('--border', '#d9dce3');
    const chart = new Chart(el, {
      type: 'bar',
      data: {
        labels: scores.map((s) => s.intent),
        datasets: [{ data: scores.map((s) => Math.round(s.f1 * 10) / 10), backgroundColor: scores.map((s) => (s.f1 < LOW_F1 ? danger : accent)), barPercentage: 0.85 }],
      },
      options: {
        indexAxis: 'y',
        locale: langTag(locale),
        responsive: true,
        maintainAspectRatio: false,
        // NOTE: no animation: the report is read, not watched, and screenshots are stable.
        animation: false,
        scales: {
          x: { min: 0, max: 100, ticks: { color: text }, grid: { color: grid } },
          y: { ticks: { color: text, autoSkip: false, font: { size: 11 } }, grid: { display: false } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) => {
                const s = scores[item.dataIndex]!;
                return tr('chartTooltip', locale, { f1: pct(s.f1), precision: pct(s.precision), recall: pct(s.recall), support: s.support });
              },
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [locale, scores]);

  return (
    <div className="intent-chart" style={{ blockSize: `${scores.length * BAR_PX + 40}px` }}>
      <canvas ref={canvas} role="img" aria-label={tr('chartLabel', locale)} data-testid="batch-f1-chart" data-intents={scores.length} />
    </div>
  );
}
