import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/bench/report.*', 'tests/e2e/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', console: 'readonly',
        process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        localStorage: 'readonly', fetch: 'readonly', Intl: 'readonly', structuredClone: 'readonly',
        performance: 'readonly', crypto: 'readonly', TextEncoder: 'readonly', MutationObserver: 'readonly', Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Preact hooks follow React's rules: called unconditionally, with every dependency named.
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // App code never logs: note text must never reach a console.
    files: ['src/**'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
);
