// Type-aware lint plus the security bans from STYLE.md; import boundaries live in .dependency-cruiser.cjs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'models/', 'data/', 'schema/', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/cli/**', 'src/sandbox/**', 'src/mcp/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': ['error', { paths: [
        { name: 'node:child_process', message: 'Only the sandbox (and surfaces that launch MCP servers) may spawn processes.' },
        { name: 'child_process', message: 'Only the sandbox may spawn processes.' },
      ] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name=/^(signature|secret|token|apiKey|mac|hmac)$/]",
        message: 'Compare secrets with timingSafeEqual (src/kernel/crypto.ts).',
      }],
    },
  },
);
