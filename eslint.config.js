// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** The extractor is a pure library: text in, data out. These imports would tie it to a runtime. */
const impureImports = {
  patterns: [
    { group: ['astro', 'astro:*', 'astro/*'], message: 'src/extract is pure: no Astro.' },
    { group: ['d3', 'd3-*'], message: 'src/extract is pure: no d3.' },
    { group: ['node:*'], message: 'src/extract is pure: no Node built-ins.' },
  ],
  paths: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'crypto'].map((name) => ({
    name,
    message: 'src/extract is pure: no Node built-ins.',
  })),
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-fixture/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/.out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/extract/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', impureImports] },
  },
  prettier,
);
