// Lint rules: typescript-eslint's recommended set, plus the layering rule that keeps pure code free of `vscode`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = {
  'no-restricted-imports': [
    'error',
    { paths: [{ name: 'vscode', message: 'src/model, src/protocol and webview/ are pure: pass data in, do not import vscode.' }] },
  ],
};

const noCommands = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['../commands/*', '**/src/commands/*'],
          message: 'Views, CodeLenses, the panel and services sit below the commands: run a command by its CommandId instead.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.cache/', '.vscode-test/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['src/model/**', 'src/protocol/**', 'webview/**'], rules: noVscode },
  { files: ['src/views/**', 'src/codelens/**', 'src/panel/**', 'src/services/**', 'src/diagnostics/**', 'src/contributions/**', 'src/config/**'], rules: noCommands },
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } } },
  {
    files: ['**/*.cjs', 'scripts/host/runnerExtension/**/*.js', 'scripts/host/referenceExtension/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
