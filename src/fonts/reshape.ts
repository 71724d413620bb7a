/**
 * Re-shapes the page's text whenever web fonts finish loading.
 * NOTE: Chromium 150 keeps the text whose layout *started* a unicode-range face's download in
 * the fallback font after the face arrives: the Amharic locale name in the picker and the first
 * Amharic example stayed empty boxes (tofu) while the next examples showed Noto Sans Ethiopic
 * (found by e2e/glyphs.spec.ts through CDP). Changing the root's font description makes every
 * text run shape again; toggling `"kern" 1`, which is the default, changes nothing else.
 */

/** Listens on `doc.fonts` and re-shapes after each batch of loads; returns the unsubscribe. */
export function reshapeOnFontLoad(doc: Document): () => void {
  let toggled = false;
  const reshape = () => {
    toggled = !toggled;
    doc.documentElement.style.fontFeatureSettings = toggled ? '"kern" 1' : '';
  };
  doc.fonts.addEventListener('loadingdone', reshape);
  return () => doc.fonts.removeEventListener('loadingdone', reshape);
}
