/**
 * The batch panel's state: the picked file, the partitions chosen, and where the run is
 * (loading the model, reading, scoring with progress, done, failed, cancelled). Owns one
 * BatchClient (its worker) per panel and ends it when the panel goes away. Picking a file or
 * changing the partitions starts a run at once; the previous one is cancelled.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { languages } from '../i18n/languages.ts';
import { modelUrl } from '../nlu/index.ts';
import { BatchClient, BatchFailure } from './batchClient.ts';
import type { BatchOutcome, FileSummary } from './types.ts';

/** The CLI's default batch size (`npm run eval -- --batch 64`). */
export const BATCH_SIZE = 64;

/** Where a run is. */
export type RunState =
  | { phase: 'idle' }
  | { phase: 'loading'; loaded: number; total: number | null }
  | { phase: 'reading' }
  | { phase: 'scoring'; done: number; total: number; locale: string }
  | { phase: 'done'; outcome: BatchOutcome; ms: number }
  | { phase: 'failed'; stage: BatchFailure['stage']; message: string; file: FileSummary | null }
  | { phase: 'cancelled' };

/** What the panel needs from a run. */
export interface BatchRun {
  state: RunState;
  file: File | null;
  /** Partitions chosen; null: every partition but `train`. */
  partitions: string[] | null;
  /** Record counts per partition of the last file read, for the choice. */
  seen: Record<string, number> | null;
  start: (file: File) => void;
  choosePartitions: (partitions: string[] | null) => void;
  cancel: () => void;
}

const KNOWN_LOCALES = languages.map((l) => l.code);

/** The run state of one panel evaluating with model `modelId`. */
export function useBatchRun(modelId: string): BatchRun {
  const [client] = useState(() => new BatchClient());
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const [file, setFile] = useState<File | null>(null);
  const [partitions, setPartitions] = useState<string[] | null>(null);
  const [seen, setSeen] = useState<Record<string, number> | null>(null);
  const runId = useRef(0);

  useEffect(() => () => client.dispose(), [client]);

  const launch = useCallback(
    (picked: File, chosen: string[] | null) => {
      const id = ++runId.current;
      const current = () => id === runId.current;
      const t0 = performance.now();
      setState({ phase: 'loading', loaded: 0, total: null });
      // `?threads=n` caps the worker's WASM threads, as it does the NLU worker's (benchmarks).
      const threads = Number(new URLSearchParams(window.location.search).get('threads')) || undefined;
      const request = { file: picked, name: picked.name, modelUrl: modelUrl(modelId), partitions: chosen, batchSize: BATCH_SIZE, knownLocales: KNOWN_LOCALES, threads };
      client
        .run(request, (event) => {
          if (!current()) return;
          if (event.type === 'loading') setState({ phase: 'loading', loaded: event.loaded, total: event.total });
          else if (event.type === 'reading') setState({ phase: 'reading' });
          else setState({ phase: 'scoring', done: event.done, total: event.total, locale: event.locale });
        })
        .then((outcome) => {
          if (!current()) return;
          setSeen(outcome.file.partitions);
          setState({ phase: 'done', outcome, ms: performance.now() - t0 });
        })
        .catch((e: unknown) => {
          if (!current()) return;
          const failure = e instanceof BatchFailure ? e : new BatchFailure('worker', String(e));
          if (failure.file) setSeen(failure.file.partitions);
          setState(failure.stage === 'cancelled' ? { phase: 'cancelled' } : { phase: 'failed', stage: failure.stage, message: failure.message, file: failure.file });
        });
    },
    [client, modelId],
  );

  const start = useCallback(
    (picked: File) => {
      setFile(picked);
      setSeen(null);
      launch(picked, partitions);
    },
    [launch, partitions],
  );

  const choosePartitions = useCallback(
    (chosen: string[] | null) => {
      setPartitions(chosen);
      if (file) launch(file, chosen);
    },
    [file, launch],
  );

  const cancel = useCallback(() => {
    // The run's own promise reports the cancel (its id is still current).
    client.cancel();
  }, [client]);

  return { state, file, partitions, seen, start, choosePartitions, cancel };
}
