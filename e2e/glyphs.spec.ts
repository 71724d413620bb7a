/**
 * Every script legible (issue 9): for each of the 52 locales, its native name in the picker,
 * its examples, a reply of the assistant and every reply template's characters are rendered
 * in the page, and no character may fall back to the missing-glyph box (tofu). The Talk
 * button's icon is an SVG with a size, and the page shows no emoji.
 *
 * Two checks per element, both needed (found while writing this test):
 * 1. The stack has the glyph. After the text is laid out and `document.fonts.ready`, each code
 *    point is drawn on a canvas with the element's computed font stack and its pixels compared
 *    with that stack's missing-glyph box (U+0378, unassigned, drawn the same way): Chromium
 *    draws a character that no font of the stack nor the machine has as the first font's
 *    .notdef, so the images are equal exactly when the glyph is missing (a combining mark is
 *    drawn on U+25CC ◌ and compared with ◌ + the box).
 * 2. The page really used it. A canvas draws afresh, but the DOM may keep text shaped before a
 *    face arrived (Chromium did, see src/fonts/reshape.ts). CDP `CSS.getPlatformFontsForNode`
 *    gives the glyphs each font drew for the element; more glyphs from the machine's own fonts
 *    than the element has code points those fonts can draw means some were .notdef boxes.
 * NOTE: `document.fonts.check()` only says whether faces are loaded, not whether they have the
 * glyph; CDP alone counts a .notdef as a glyph of the font it came from (DejaVu here).
 * The check runs on this machine's fonts (DejaVu and Liberation only).
  */
import type { CDPSession, Locator, Page } from '@playwright/test';
import examples from '../src/i18n/examples.json' with { type: 'json' };
import { langTag, languages } from '../src/i18n/languages.ts';
import { REPLY_TEMPLATES } from '../src/i18n/replies/locales/index.ts';
import type { PolyvoxTestHook } from '../src/app/testHook.ts';
import { expect, test } from './fixtures.ts';

const EXAMPLES: Readonly<Record<string, readonly string[]>> = examples;

/** In the page: the graphemes of each element's text whose code points draw as the box. */
function missingGlyphs(els: Element[]): string[] {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 64;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const seen = new Map<string, string>();
  const image = (text: string, family: string) => {
    const key = `${family}\u0000${text}`;
    if (seen.has(key)) return seen.get(key)!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = `32px ${family}`;
    ctx.fillText(text, 16, 44);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
    seen.set(key, data);
    return data;
  };
  const skip = /^[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
  const missing = new Set<string>();
  for (const el of els) {
    const family = getComputedStyle(el).fontFamily;
    const box = image('\u0378', family);
    const markBox = image('\u25CC\u0378', family);
    const text = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '') : (el.textContent ?? '');
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
      for (const cp of segment) {
        if (skip.test(cp)) continue;
        const mark = /^\p{M}$/u.test(cp);
        if (mark ? image(`\u25CC${cp}`, family) === markBox : image(cp, family) === box) missing.add(segment);
      }
    }
  }
  return [...missing];
}

/** In the page: per element, how many of its code points the machine's own fonts can draw. */
function machineCovered(els: Element[]): number[] {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 64;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const seen = new Map<string, string>();
  const image = (text: string) => {
    if (seen.has(text)) return seen.get(text)!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = '32px system-ui';
    ctx.fillText(text, 16, 44);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
    seen.set(text, data);
    return data;
  };
  const box = image('\u0378');
  const markBox = image('\u25CC\u0378');
  // Ignorable characters (ZWJ, ZWNJ, …) may stay in the glyph run: counted as drawable.
  const ignorable = /^[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
  return els.map((el) => {
    const text = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '') : (el.textContent ?? '');
    let n = 0;
    for (const cp of text) {
      if (ignorable.test(cp) || /^\s$/u.test(cp)) n++;
      else if (/^\p{M}$/u.test(cp) ? image(`\u25CC${cp}`) !== markBox : image(cp) !== box) n++;
    }
    return n;
  });
}

/** Lays out `texts` in elements with `lang`, waits for the fonts they need; returns the elements. */
async function renderProbe(page: Page, lang: string, texts: string[]): Promise<Locator> {
  await page.evaluate(
    ([tag, list]) => {
      document.getElementById('glyph-probe')?.remove();
      const probe = document.createElement('div');
      probe.id = 'glyph-probe';
      probe.lang = tag;
      probe.dir = 'auto';
      for (const t of list) probe.append(Object.assign(document.createElement('p'), { textContent: t }));
      document.querySelector('[data-testid="app"]')!.append(probe);
    },
    [lang, texts] as const,
  );
  return page.locator('#glyph-probe p');
}

/** Waits two frames (layout starts the font loads), then for every pending load. */
async function fontsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    await document.fonts.ready;
  });
}

/** Per element matching `selector`: the fonts Chromium drew its text with, and the glyphs the machine's fonts drew (CDP). */
async function fontsUsed(cdp: CDPSession, selector: string): Promise<{ fonts: string; machineGlyphs: number }[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const out = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    out.push({
      fonts: fonts.map((f) => `${f.familyName} ${f.glyphCount}`).join(' + '),
      machineGlyphs: fonts.filter((f) => !f.isCustomFont).reduce((sum, f) => sum + f.glyphCount, 0),
    });
  }
  return out;
}

/** A locale's reply templates as written (whole, so every mark stays on its base letter). */
function templateText(code: string): string {
  return Object.values(REPLY_TEMPLATES[code] ?? {}).join(' | ');
}

test('the Talk button shows an SVG icon, and the page shows no emoji', async ({ inspector, page }) => {
  await inspector.goto();
  const icon = page.getByTestId('mic-button').locator('svg');
  await expect(icon).toHaveCount(1);
  await expect(icon).toHaveAttribute('aria-hidden', 'true');
  const box = await icon.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(8);
  expect(box?.height ?? 0).toBeGreaterThan(8);
  expect(await icon.locator('path, rect, line, circle').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('mic-button')).toHaveAccessibleName(/\S/);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text.match(/\p{Extended_Pictographic}/gu) ?? []).toEqual([]);
  await fontsSettled(page);
  expect(await page.getByTestId('mic-button').evaluateAll(missingGlyphs)).toEqual([]);
});

test('no character of the 52 locales falls back to a missing-glyph box', async ({ inspector, page }) => {
  test.setTimeout(600_000);
  await inspector.goto();
  await inspector.waitReady();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const failures: Record<string, string[]> = {};
  const report: string[] = [];
  for (const { code } of languages) {
    await inspector.selectLocale(code);
    // NOTE: the third example asks the time in every locale: a reply that never asks back, so
    // no open question carries the previous locale's words into this one's reply.
    const example = EXAMPLES[code]?.[2];
    expect(example, `${code} has examples`).toBeTruthy();
    const before = await page.getByTestId('assistant-reply').count();
    await page.evaluate((t) => (window as unknown as { __polyvoxTest: PolyvoxTestHook }).__polyvoxTest.hear(t), example!);
    await expect(page.getByTestId('assistant-reply')).toHaveCount(before + 1);
    const probe = await renderProbe(page, langTag(code), [templateText(code)]);
    await fontsSettled(page);
    await page.evaluate(() => {
      document.querySelector('[data-glyph-last]')?.removeAttribute('data-glyph-last');
      [...document.querySelectorAll('[data-testid="assistant-reply"]')].pop()?.setAttribute('data-glyph-last', '');
    });
    const targets: [string, Locator][] = [
      ['[data-testid="locale-select"]', inspector.localeSelect],
      ['[data-testid="example"]', page.getByTestId('example')],
      ['[data-glyph-last]', page.locator('[data-glyph-last]')],
      ['#glyph-probe p', probe],
    ];
    const missing = new Set<string>();
    const stale: string[] = [];
    let exampleFonts = '';
    for (const [selector, target] of targets) {
      for (const g of await target.evaluateAll(missingGlyphs)) missing.add(g);
      const covered = await target.evaluateAll(machineCovered);
      const texts = await target.evaluateAll((els) => els.map((el) => (el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent : el.textContent) ?? ''));
      const used = await fontsUsed(cdp, selector);
      used.forEach((u, i) => {
        if (u.machineGlyphs > (covered[i] ?? 0)) stale.push(`${texts[i]} [${u.fonts}]`);
      });
      if (selector.includes('example')) exampleFonts = used[0]?.fonts ?? '';
    }
    const reply = (await page.getByTestId('assistant-reply').last().textContent()) ?? '';
    const problems = [...(missing.size ? [`no glyph: ${[...missing].join(' ')}`] : []), ...stale.map((t) => `boxes drawn: ${t}`)];
    report.push(`${code}: ${problems.length ? problems.join('; ') : 'ok'} · examples in ${exampleFonts} · reply "${reply.slice(0, 40)}"`);
    if (problems.length) failures[code] = problems;
  }
  console.log(report.join('\n'));
  console.log(`locales with missing glyphs: ${Object.keys(failures).length} of ${languages.length}`);
  expect(failures, 'locale → characters without a glyph, or elements drawn with boxes').toEqual({});
});
