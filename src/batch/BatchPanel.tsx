/**
 * Batch evaluation in the browser (issue 12, part 2): placeholder until the panel lands.
 * The tester view mounts it; `modelId` names the model folder the batch runs on.
 */
export function BatchPanel({ modelId }: { modelId: string }) {
  return <section data-testid="batch-panel" data-model={modelId} />;
}
