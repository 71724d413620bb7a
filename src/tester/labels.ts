/**
 * The labels the tester corrects with, from the model's own `labels.json` (never a list in
 * code): intents grouped by scenario for the intent picker, narrowed by a filter text, the
 * slot types (every label but `Other`), and readable names for them.
 */
import { validateLabels } from '../nlu/assets.ts';
import { OTHER } from '../nlu/decode.ts';
import { modelUrl } from '../nlu/index.ts';
import { scenarioOf } from './edits.ts';
import type { TesterLabels } from './types.ts';

/** Reads and checks `labels.json` of the model folder `modelId` (served by the app itself). */
export async function fetchLabels(modelId: string, fetchFn: typeof fetch = fetch): Promise<TesterLabels> {
  const url = `${modelUrl(modelId)}labels.json`;
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return validateLabels(await response.json());
}

/** One scenario's intents, for an `<optgroup>`. */
export interface IntentGroup {
  scenario: string;
  intents: string[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Makes a label readable: `iot_hue_lightchange` → `iot hue lightchange`. */
export function readable(label: string): string {
  return label.replace(/_/g, ' ');
}

/** An intent's readable name without its scenario: `alarm_set` → `set`, `qa_factoid` → `factoid`. */
export function friendlyIntent(intent: string, scenario: string): string {
  const rest = intent.startsWith(`${scenario}_`) ? intent.slice(scenario.length + 1) : intent;
  return `${readable(scenario)} › ${readable(rest)}`;
}

/**
 * The intents grouped by scenario (both sorted), keeping those whose label, readable name or
 * scenario contains every word of `filter` (case-insensitive); `keep` stays in the list
 * whatever the filter (the current choice of a `<select>` must remain an option).
 */
export function intentGroups(labels: TesterLabels, filter = '', keep?: string): IntentGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, string[]>();
  for (const intent of labels.intents) {
    const scenario = scenarioOf(intent, labels.scenarios);
    const hay = `${intent} ${readable(intent)} ${scenario}`.toLowerCase();
    if (intent !== keep && !words.every((w) => hay.includes(w))) continue;
    const list = groups.get(scenario) ?? [];
    list.push(intent);
    groups.set(scenario, list);
  }
  return [...groups.entries()].sort(([a], [b]) => byCode(a, b)).map(([scenario, intents]) => ({ scenario, intents: intents.sort(byCode) }));
}

/** The slot types a span can get: every slot label except `Other`, sorted. */
export function slotTypes(labels: TesterLabels): string[] {
  return labels.slots.filter((s) => s !== OTHER).sort(byCode);
}
