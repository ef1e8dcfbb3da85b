import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'migrations/', '.tap/', 'data/', 'coverage/'] },
  js.configs.recommended,
  // Type-aware rules: floating and misused promises are the bugs an async Fastify service gets.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'test/support/*.mjs', 'src/start.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // Fastify plugins and handlers are async by contract, awaiting or not.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The dashboard's browser script (served as it is, no build): no TypeScript program to check it against.
    files: ['src/dashboard/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'module',
      globals: {
        document: 'readonly',
        fetch: 'readonly',
        location: 'readonly',
        history: 'readonly',
        Option: 'readonly',
        URLSearchParams: 'readonly',
        uPlot: 'readonly',
      },
    },
  },
  {
    // Tests read JSON bodies (`res.json()` is any) field by field; asserting on them is the point.
    // tap tracks the subtests it is handed (t.test), so they need no await; async subtest callbacks
    // without an await are tap's idiom, not a mistake.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: 'test', package: '@tapjs/test' },
            { from: 'package', name: 'test', package: '@tapjs/core' },
          ],
        },
      ],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Plain JavaScript that runs before TypeScript can be loaded: the config, and tap's loader (.taprc).
  { files: ['eslint.config.js', 'test/support/*.mjs', 'src/start.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/cli.ts', 'src/cli/**', 'bench/**', 'test/check-coverage.ts'],
    rules: { 'no-console': 'off' },
  },
);
