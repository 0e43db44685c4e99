// Flat config: typescript-eslint's recommended rules for every TypeScript file in the workspace.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['**/node_modules/**', '.liaison/**', '**/dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  { files: ['scripts/**', '**/*.js', 'infra/local/src/cli.ts', 'bench/**'], rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' } },
);
