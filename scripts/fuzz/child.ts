/**
 * The fuzz worker process (forked by supervisor.ts): loads the NLU model if asked, then
 * answers inputs [from, from + count) in order and sends one message per result, so the
 * supervisor can tell a blocked process (a hang it must kill) from a slow one.
 */
import { errorText } from './contracts.ts';
import { generateInput } from './generate.ts';
import { loadLabels } from './harness.ts';
import { openFuzzModel } from './model.ts';
import { FuzzRunner } from './runner.ts';
import type { ChildConfig, ChildMessage } from './supervisor.ts';

const send = (m: ChildMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

async function main(): Promise<void> {
  const cfg = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
  const labels = loadLabels(cfg.modelDir);
  const opened = cfg.useNlu ? await openFuzzModel(cfg.modelDir) : null;
  await send({ type: 'ready', model: opened ? opened.model.config.model_id : null, loadMs: opened?.loadMs ?? 0 });
  const runner = new FuzzRunner({ nlu: opened?.model ?? null, now: new Date(cfg.now), hangMs: cfg.hangMs, sessionSize: cfg.sessionSize, reloadEvery: cfg.reloadEvery });
  for (let i = cfg.from; i < cfg.from + cfg.count; i++) {
    const result = await runner.run(generateInput(cfg.seed, i, labels));
    await send({ type: 'result', result });
  }
  runner.close();
  await opened?.model.runner.release();
  await send({ type: 'done' });
}

main().then(
  () => process.exit(0),
  async (e: unknown) => {
    await send({ type: 'error', message: errorText(e) }).catch(() => {});
    process.exit(2);
  },
);
