// ESLint flat config: typescript-eslint's recommended rules, and the one boundary that matters:
// src/core never imports `vscode` (it runs in plain Node, in a worker and in the CLI).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', Buffer: 'readonly',
        fetch: 'readonly', URLSearchParams: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly',
        // browser globals, for code that playwright runs in the page (page.evaluate)
        window: 'readonly', document: 'readonly', getComputedStyle: 'readonly', Node: 'readonly', NodeFilter: 'readonly',
        __dirname: 'readonly', require: 'readonly', module: 'writable',
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code: put editor code in src/vscode/.' }],
        patterns: [{ group: ['**/vscode/**', '../vscode', '../vscode/*'], message: 'src/core must not import the VS Code adapter.' }],
      }],
    },
  },
);
