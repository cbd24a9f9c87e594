import { configDefaults, defineConfig, type Plugin } from 'vitest/config';

/**
 * The built page's Content-Security-Policy: scripts from the game's own files only (no inline
 * script, no eval), data from the same origin. Styles may be inline (lit-html and uPlot set style
 * attributes). Only the build carries it: the dev server injects its own client and socket.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
};

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy],
  publicDir: 'assets',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Phaser does not tree-shake (1.37 MB); keep it in its own lazily loaded chunk.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/balance/**', 'tests/calibration/**'],
          testTimeout: 60_000,
        },
      },
      {
        // Suites that play hundreds of whole campaigns (balance, calibration): minutes, not seconds.
        // `npm test` (vitest run) runs every project; `vitest run --project node` leaves these out.
        extends: true,
        test: {
          name: 'slow',
          environment: 'node',
          include: ['tests/balance/**/*.test.ts', 'tests/calibration/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 1_200_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
