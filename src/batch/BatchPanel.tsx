/**
 * Batch evaluation in the browser (issue 12, part 2), as the tester view mounts it. This file
 * stays in the page's bundle and only loads the panel (BatchView: its worker, the report and
 * the chart library) as a chunk of its own, so the assistant page does not grow; a chunk that
 * fails to load shows the panel's error with "Try again".
 */
import { lazy, Suspense } from 'react';
import { PanelBoundary } from '../components/Boundaries.tsx';
import { useApp } from '../state/StoreContext.tsx';
import { tr } from './ui/strings.ts';

const BatchView = lazy(() => import('./BatchView.tsx').then((m) => ({ default: m.BatchView })));

/** The batch panel for model folder `modelId`. */
export function BatchPanel({ modelId }: { modelId: string }) {
  const locale = useApp((s) => s.locale);
  return (
    <PanelBoundary locale={locale}>
      <Suspense fallback={<section className="batch-panel"><h2>{tr('title', locale)}</h2></section>}>
        <BatchView modelId={modelId} />
      </Suspense>
    </PanelBoundary>
  );
}
