import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'node_modules/', 'test/replica/client/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Mail content must never become markup or code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with textContent/createElement (Gmail enforces Trusted Types).' },
        { property: 'outerHTML', message: 'Build DOM with textContent/createElement.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with textContent/createElement.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render mail content as text.' },
      ],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure logic knows no browser API and nothing of Gmail's page: readers in src/gmail hand it data.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/gmail/**', '**/gmail'], message: 'src/core imports nothing from src/gmail (docs/reply-rules.md).' },
            { group: ['webextension-polyfill'], message: 'src/core is pure: no browser API.' },
          ],
        },
      ],
    },
  },
);
