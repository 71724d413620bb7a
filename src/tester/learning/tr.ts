/** UI strings of the tester's learning panels (namespace `learning`; see src/i18n/uiText.ts). */
import { makeTranslator } from '../../i18n/uiText.ts';
import { EN } from './en.ts';

export { EN };

export const tr = makeTranslator('learning', EN);
