// Lint enforces the architecture: src/sim stays pure and integer-only, and
// imports flow one way: sim ← scenario, share ← store, persist, server ← game, ui ← main.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const APPROXIMATED_MATH = [
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'atan2',
  'cbrt',
  'cos',
  'cosh',
  'exp',
  'expm1',
  'hypot',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'random',
  'sin',
  'sinh',
  'tan',
  'tanh',
];

/** Folders each layer must not import from. */
const LAYERS = {
  sim: ['scenario', 'share', 'store', 'persist', 'game', 'ui', 'cli', 'server'],
  scenario: ['store', 'persist', 'game', 'ui', 'cli', 'server'],
  share: ['store', 'persist', 'game', 'ui', 'cli', 'server'],
  store: ['persist', 'game', 'ui', 'cli', 'server'],
  persist: ['game', 'ui', 'cli', 'server'],
  game: ['ui', 'cli', 'server'],
  ui: ['cli', 'server'],
  cli: ['store', 'persist', 'game', 'ui', 'server'],
  // The class server (ARCHITECTURE.md §2): sim, scenario and share only; nothing imports it.
  server: ['store', 'persist', 'game', 'ui', 'cli'],
};

const layerRules = Object.entries(LAYERS).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((b) => ({ group: [`**/${b}/**`, `**/${b}`], message: `src/${layer} must not import from src/${b} (ARCHITECTURE.md §2).` })),
          ...(layer === 'sim'
            ? [
                {
                  group: ['phaser', 'phaser/*', 'zustand', 'zustand/*', 'immer', 'node:*'],
                  message: 'src/sim is pure: no Phaser, zustand, immer or Node APIs.',
                },
              ]
            : []),
          ...(layer === 'ui' ? [{ group: ['**/sim/*', '!**/sim/index'], message: 'src/ui uses the simulation through src/sim/index.ts only.' }] : []),
          ...(layer === 'cli' || layer === 'server' ? [] : [{ group: ['node:*'], message: 'only src/cli and src/server may use Node APIs.' }]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  ...layerRules,
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...APPROXIMATED_MATH.map((p) => ({
          object: 'Math',
          property: p,
          message: `Math.${p} differs between engines; use integer tables (ARCHITECTURE.md §3).`,
        })),
        { object: 'Date', property: 'now', message: 'No clocks in the simulation.' },
        { object: 'performance', property: 'now', message: 'No clocks in the simulation.' },
      ],
      'no-restricted-globals': [
        'error',
        'Date',
        'performance',
        'Intl',
        'crypto',
        'window',
        'document',
        'localStorage',
        'navigator',
        'setTimeout',
        'setInterval',
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "BinaryExpression[operator='**']", message: '** is approximated in some engines; multiply instead.' },
        { selector: "AssignmentExpression[operator='**=']", message: '**= is approximated in some engines; multiply instead.' },
        { selector: "CallExpression[callee.property.name='toLocaleString']", message: 'Locale formatting differs between machines.' },
        { selector: "CallExpression[callee.property.name='localeCompare']", message: 'Locale comparison differs between machines; compare code units.' },
        { selector: "CallExpression[callee.property.name='sort'][arguments.length=0]", message: 'Sort with an explicit comparator.' },
        { selector: "CallExpression[callee.property.name='toSorted'][arguments.length=0]", message: 'Sort with an explicit comparator.' },
      ],
    },
  },
);
