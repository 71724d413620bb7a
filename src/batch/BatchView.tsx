/**
 * The batch evaluation panel's content (loaded lazily by BatchPanel): the file picker and
 * drop zone, the partition choice, the progress bar with Cancel, the file's problems, and the
 * report once the run is done. Test hooks: `batch-file`, `batch-progress`, `batch-cancel`,
 * `batch-error`, `batch-problems`, `batch-report` (in BatchReport).
 */
import { type DragEvent, useState } from 'react';
import { uiTextLang } from '../i18n/uiText.ts';
import { useApp } from '../state/StoreContext.tsx';
import { BatchReport } from './BatchReport.tsx';
import { FileProblems } from './FileProblems.tsx';
import { RunStatus } from './RunStatus.tsx';
import { tr } from './ui/strings.ts';
import { useBatchRun } from './useBatchRun.ts';
import './batch.css';

/** The partitions offered before a file says which it has. */
const KNOWN_PARTITIONS = ['dev', 'test', 'train', 'tester'];
const DEFAULT = '';

function PartitionChoice({ locale, value, seen, onChange }: { locale: string; value: string[] | null; seen: Record<string, number> | null; onChange: (p: string[] | null) => void }) {
  const names = seen ? Object.keys(seen).sort() : KNOWN_PARTITIONS;
  return (
    <label className="field batch-partitions">
      <span>{tr('partitionLabel', locale)}</span>
      <select data-testid="batch-partition" value={value?.join(',') ?? DEFAULT} onChange={(e) => onChange(e.target.value ? e.target.value.split(',') : null)}>
        <option value={DEFAULT}>{tr('partitionDefault', locale)}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {seen ? tr('partitionCount', locale, { partition: name, count: seen[name] ?? 0 }) : name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The panel for model `modelId`. */
export function BatchView({ modelId }: { modelId: string }) {
  const locale = useApp((s) => s.locale);
  const run = useBatchRun(modelId);
  const [dragging, setDragging] = useState(false);
  const { state } = run;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const picked = event.dataTransfer.files[0];
    if (picked) run.start(picked);
  };
  const problems = state.phase === 'done' ? state.outcome.file : state.phase === 'failed' ? state.file : null;

  return (
    <section className="batch-panel" data-testid="batch-panel" data-model={modelId} data-phase={state.phase} lang={uiTextLang(locale, 'batch')}>
      <h2>{tr('title', locale)}</h2>
      <p className="muted">{tr('intro', locale)}</p>
      <div
        className="batch-drop"
        data-testid="batch-drop"
        data-dragging={dragging}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="batch-choose">
          {tr('chooseFile', locale)}
          <input
            type="file"
            data-testid="batch-file"
            accept=".jsonl,.gz,.jsonl.gz,application/gzip,application/x-ndjson"
            onChange={(e) => {
              const picked = e.target.files?.[0];
              if (picked) run.start(picked);
              // The same file picked again must start a run again.
              e.target.value = '';
            }}
          />
        </label>
        <span className="muted">{dragging ? tr('dropActive', locale) : tr('dropHere', locale)}</span>
        {run.file && <span className="batch-file-name" dir="auto">{run.file.name}</span>}
      </div>
      <PartitionChoice locale={locale} value={run.partitions} seen={run.seen} onChange={run.choosePartitions} />
      <RunStatus locale={locale} state={state} fileName={run.file?.name ?? ''} onCancel={run.cancel} onRunAgain={run.file ? () => run.start(run.file!) : undefined} />
      {problems && problems.errorCount > 0 && <FileProblems locale={locale} file={problems} />}
      {state.phase === 'done' && <BatchReport locale={locale} modelId={modelId} outcome={state.outcome} ms={state.ms} />}
    </section>
  );
}
