/**
 * The Noto families the page ships (as @fontsource packages, OFL-1.1) for the scripts of the
 * 52 MASSIVE locales that a bare machine's fonts (DejaVu, Liberation) may lack. Data only:
 * scripts/fonts.ts writes faces.css from it, and the glyph check reports against it.
 */

/** One shipped family. */
export interface FontFamily {
  /** CSS family name, as the package's faces declare it. */
  name: string;
  /** Package suffix: `@fontsource/noto-sans-<slug>`. */
  slug: string;
  /** The package subset kept (unicode.json key); undefined for CJK, which keeps every numbered chunk. */
  subset?: string;
  /** ISO 15924 scripts of the locales it serves (see src/i18n/languages.ts). */
  scripts: readonly string[];
}

/** In font-stack order after the UI font (CJK last; per-language order in stack.css). */
export const FONT_FAMILIES: readonly FontFamily[] = [
  { name: 'Noto Sans Arabic', slug: 'arabic', subset: 'arabic', scripts: ['Arab'] },
  { name: 'Noto Sans Hebrew', slug: 'hebrew', subset: 'hebrew', scripts: ['Hebr'] },
  { name: 'Noto Sans Armenian', slug: 'armenian', subset: 'armenian', scripts: ['Armn'] },
  { name: 'Noto Sans Georgian', slug: 'georgian', subset: 'georgian', scripts: ['Geor'] },
  { name: 'Noto Sans Ethiopic', slug: 'ethiopic', subset: 'ethiopic', scripts: ['Ethi'] },
  { name: 'Noto Sans Devanagari', slug: 'devanagari', subset: 'devanagari', scripts: ['Deva'] },
  { name: 'Noto Sans Bengali', slug: 'bengali', subset: 'bengali', scripts: ['Beng'] },
  { name: 'Noto Sans Tamil', slug: 'tamil', subset: 'tamil', scripts: ['Taml'] },
  { name: 'Noto Sans Telugu', slug: 'telugu', subset: 'telugu', scripts: ['Telu'] },
  { name: 'Noto Sans Kannada', slug: 'kannada', subset: 'kannada', scripts: ['Knda'] },
  { name: 'Noto Sans Malayalam', slug: 'malayalam', subset: 'malayalam', scripts: ['Mlym'] },
  { name: 'Noto Sans Thai', slug: 'thai', subset: 'thai', scripts: ['Thai'] },
  { name: 'Noto Sans Khmer', slug: 'khmer', subset: 'khmer', scripts: ['Khmr'] },
  { name: 'Noto Sans Myanmar', slug: 'myanmar', subset: 'myanmar', scripts: ['Mymr'] },
  { name: 'Noto Sans JP', slug: 'jp', scripts: ['Jpan'] },
  { name: 'Noto Sans KR', slug: 'kr', scripts: ['Kore'] },
  { name: 'Noto Sans SC', slug: 'sc', scripts: ['Hans'] },
  { name: 'Noto Sans TC', slug: 'tc', scripts: ['Hant'] },
];
