// Flat config: typescript-eslint's recommended rules for every TypeScript file in the workspace.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['**/node_modules/**', '.liaison/**', '**/dist/**', 'packages/contracts/src/grpc-types/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // FerretDB 1.24 panics on a createIndexes command with several indexes once they exist (a restart).
    files: ['packages/**/*.ts', 'services/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='createIndexes'][arguments.length>0]",
          message:
            'Use ensureIndexes from @liaison/platform: several indexes in one createIndexes command crash FerretDB 1.24 on a restart.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', '**/*.js', 'infra/local/src/cli.ts', 'bench/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
