/**
 * The page's fonts: the Noto faces for the scripts a bare machine lacks (faces.css, generated
 * by scripts/fonts.ts), the font stack that reaches them (stack.css), and the re-shaping that
 * makes text show a face once it has loaded (reshape.ts). Imported once, from the entry; see
 * docs/fonts.md.
 */
import './faces.css';
import './stack.css';
import { reshapeOnFontLoad } from './reshape.ts';

reshapeOnFontLoad(document);
