// typescript-eslint's recommended rules, as the typescript-action template uses them; Prettier owns the layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.d.ts', 'examples/events-service/node_modules/**', '__tests__/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Escaping and terminal code deliberately match control characters.
      'no-control-regex': 'off',
    },
  },
  // Published coefficients (AS 241, Lanczos) are kept digit for digit as their sources print them.
  { files: ['src/stats/normal.ts'], rules: { 'no-loss-of-precision': 'off' } },
  { files: ['__tests__/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
