import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type Plugin } from 'vitest/config';
import { DEFAULT_SCENARIO } from './src/scenario/default-scenario.ts';

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
  // The class server may be at another port or address of the classroom's network (its matchmaking over HTTP, its rooms over WebSocket).
  "connect-src 'self' ws: wss: http: https:",
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

/**
 * The menu opens on the default scenario, which the page fetches once its script has run: a preload
 * link fetches the file beside the script instead, so it is in hand when the script asks (issue 14:
 * the menu usable before a bare Phaser scene's first frame, menuToBareRatio).
 */
const preloadDefaultScenario: Plugin = {
  name: 'preload-default-scenario',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const file = `${DEFAULT_SCENARIO}.json`;
      const asset = Object.values(ctx.bundle ?? {}).find((a) => a.type === 'asset' && (a.names ?? []).includes(file));
      if (!asset) throw new Error(`preload-default-scenario: no ${file} among the build's assets`);
      return html.replace('</head>', `  <link rel="preload" href="./${asset.fileName}" as="fetch" crossorigin />\n  </head>`);
    },
  },
};

/**
 * Every module the page imports statically from its entry: what the menu needs. They go in one
 * chunk with the entry's own code. Left to itself, rolldown splits every module a lazy screen
 * shares with the menu into a chunk of its own (24 files before the menu), and the page then waits
 * on as many requests (issue 14: the menu's first frame).
 */
const menuModules = new Set<string>();
const menuGraph: Plugin = {
  name: 'menu-graph',
  apply: 'build',
  buildEnd() {
    menuModules.clear();
    const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (menuModules.has(id)) continue;
      menuModules.add(id);
      stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
    }
  },
};

/**
 * Phaser's sources test build flags as `typeof FLAG`, which its own builds replace. The map draws
 * with WebGL (canvas where there is none) and plays no sound; the debugging hooks and the optional
 * plugins stay out, as in Phaser's distributed build.
 */
const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  FEATURE_SOUND: false,
  WEBGL_DEBUG: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const phaserFlags = {
  name: 'phaser-flags',
  transform(code: string, id: string) {
    if (!/node_modules[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
    return (
      code
        .replace(/typeof (WEBGL_RENDERER|CANVAS_RENDERER|FEATURE_SOUND|WEBGL_DEBUG|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT)\b/g, (_, flag: string) =>
          String(PHASER_FLAGS[flag]),
        )
        // Its entry points also put Phaser on webpack's `global`; the game imports it and needs no global.
        .replace(/^global\.Phaser = Phaser;$/m, '')
    );
  },
};

/**
 * `npm run dev` starts the class server beside Vite (one command, one terminal): a child process
 * running src/server/main.ts, its lines marked "[class]", stopped with the dev server. Vitest and
 * builds leave it out; CLASS_SERVER=off leaves it out too.
 */
const classServer: Plugin = {
  name: 'class-server',
  apply: 'serve',
  configureServer(server) {
    if (process.env.VITEST || process.env.CLASS_SERVER === 'off') return;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const mark = (out: NodeJS.WriteStream) => (chunk: Buffer) => out.write(chunk.toString().replace(/^(?=.)/gm, '[class] '));
    child.stdout.on('data', mark(process.stdout));
    child.stderr.on('data', mark(process.stderr));
    const stop = () => child.exitCode === null && child.kill();
    server.httpServer?.once('close', stop);
    process.once('exit', stop);
  },
};

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy, preloadDefaultScenario, phaserFlags, classServer, menuGraph],
  // The dev server pre-bundles Phaser's CommonJS sources with rolldown: the flags apply there too.
  optimizeDeps: { rolldownOptions: { plugins: [phaserFlags] } },
  resolve: {
    // The map's own Phaser build (src/game/phaser-build.ts) from Phaser's source modules.
    alias: [
      { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/game/phaser-build.ts', import.meta.url)) },
      { find: /^phaser-src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) },
    ],
  },
  publicDir: 'assets',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Phaser does not tree-shake (1.37 MB); keep it in its own lazily loaded chunk.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/, priority: 2 },
            { name: 'menu', test: (id) => menuModules.has(id), priority: 1 },
          ],
        },
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
          exclude: [...configDefaults.exclude, 'tests/balance/**', 'tests/calibration/**', 'tests/services/**'],
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
        // Tests against real servers from Debian's packages (Redis, PostgreSQL), installed with apt-get when missing.
        extends: true,
        test: {
          name: 'services',
          environment: 'node',
          include: ['tests/services/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
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
          // A browser test waits for what the player would see, not for a deadline: Vitest's default of 1 s made a
          // reload's saved list "missing" on a loaded CI machine (an 838 s run). How fast is the bench's business.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
