/**
 * The link from a failure to the assistant page's inspector with that utterance typed in the
 * box and its locale picked (`/?locale=xx-YY&text=…`, read by src/app/prefill.ts); the model
 * is kept when it is not the default one.
 */

/** The assistant page URL (relative to the app's base) that opens on `text` in `locale`. */
export function inspectorHref(base: string, locale: string, text: string, modelId?: string, defaultModelId?: string): string {
  const query = new URLSearchParams({ locale, text });
  if (modelId && modelId !== defaultModelId) query.set('model', modelId);
  return `${base}?${query.toString()}`;
}
