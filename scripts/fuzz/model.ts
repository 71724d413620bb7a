/** Opening the NLU model for the fuzz (kept apart so the dialogue-only slice never loads onnxruntime). */
import { openNodeModel } from '../nodeModel.ts';

/**
 * Opens the NLU model as the eval and bench tools do, then lets the loader's queued work run
 * out: the first timer after loading fires seconds late, which would be charged to input #0.
 */
export async function openFuzzModel(modelDir: string): Promise<Awaited<ReturnType<typeof openNodeModel>>> {
  const opened = await openNodeModel(modelDir, 1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return opened;
}
