/**
 * Re-shapes the page's text whenever web fonts finish loading.
 * NOTE: Chromium 150 keeps the text whose layout *started* a unicode-range face's download in
 * the fallback font after the face arrives: the Amharic locale name in the picker and the first
 * Amharic example stayed empty boxes (tofu) while the next examples showed Noto Sans Ethiopic
 * (found by e2e/glyphs.spec.ts through CDP). Changing the root's font description makes every
 * text run shape again. Each batch gets a description never used before: going back to an
 * earlier one brought back its stale shapes (the Khmer picker name stayed boxes). The feature
 * tag `pvox` is one no font has, so shaping itself is unchanged.
 */

/** Listens on `doc.fonts` and re-shapes after each batch of loads; returns the unsubscribe. */
export function reshapeOnFontLoad(doc: Document): () => void {
  let batch = 0;
  const reshape = () => {
    batch += 1;
    doc.documentElement.style.fontFeatureSettings = `"pvox" ${batch}`;
  };
  doc.fonts.addEventListener('loadingdone', reshape);
  return () => doc.fonts.removeEventListener('loadingdone', reshape);
}
