// ESLint flat config: typescript-eslint recommended rules plus the React hooks rules.
// `npm run lint` runs this after the stricter tsc checks (unused locals/parameters).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'training', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The embed test's docs site is plain browser JavaScript, as a docs author writes it.
  {
    files: ['e2e/docsSite/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Hooks rules only for app code: Playwright fixtures also call a function named `use`.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
