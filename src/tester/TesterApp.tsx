/**
 * The native-speaker tester view (`?mode=tester`, issue 12): placeholder until it lands.
 */
import type { Runtime } from '../app/runtime.ts';
import { BatchPanel } from '../batch/BatchPanel.tsx';

export function TesterApp({ modelId }: { modelId: string; runtime: Runtime }) {
  return (
    <div className="tester" data-testid="tester">
      <BatchPanel modelId={modelId} />
    </div>
  );
}
