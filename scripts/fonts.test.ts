/**
 * src/fonts/faces.css is generated: it must match what scripts/fonts.ts writes from the
 * installed @fontsource packages (a package update without regenerating fails here).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES } from '../src/fonts/families.ts';
import { FACES_PATH, facesCss, keptSubsets } from './fonts.ts';

describe('font faces', () => {
  it('faces.css is what the generator writes now', () => {
    expect(readFileSync(FACES_PATH, 'utf8')).toBe(facesCss());
  });

  it('keeps the script subset, or every numbered CJK chunk, and never Latin or woff', () => {
    const khmer = FONT_FAMILIES.find((f) => f.slug === 'khmer')!;
    expect(keptSubsets(khmer, { khmer: 'U+1780-17FF', latin: 'U+0000-00FF' })).toEqual(['khmer']);
    const jp = FONT_FAMILIES.find((f) => f.slug === 'jp')!;
    expect(keptSubsets(jp, { '[0]': 'U+25EE8', '[1]': 'U+4E00', japanese: 'U+3000-30FF', latin: 'U+0000-00FF' })).toEqual(['[0]', '[1]']);
    const css = facesCss();
    expect(css).not.toMatch(/\.woff\)|latin|cyrillic/);
    expect(css.match(/@font-face/g)).toHaveLength(452);
    expect(css.match(/\?no-inline\)/g)).toHaveLength(452);
  });
});
