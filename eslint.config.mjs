// ESLint flat config: @eslint/js and typescript-eslint recommended (syntactic rules; type-aware ones are
// left out because they type-check every workspace again and take minutes on this machine).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.tmp/**',
      '**/.strapi/**',
      '**/generated/**',
      'cms/types/**',
      'cms/public/**',
      'test/artifacts/**',
      'seeds/content/**',
      'docs/**',
      'coverage/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a binding kept on purpose (a skipped argument, a dropped property).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Koa contexts and rows read by dynamic field names are still `any` in places: a warning, everywhere.
    // (Strapi's generated content types are committed in cms/types/generated.)
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'warn' },
  },
  {
    // Validation and redaction match control characters on purpose.
    files: ['cms/src/analytics/validate-event-batch.ts', 'cms/src/privacy/matching-text.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['admin-ui/src/**/*.{ts,tsx}', 'cms/src/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // CommonJS helpers and configs (jest.config.js, test/helpers/*.js).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
