/** Phaser's source modules, which phaser-build.ts assembles; their package does not export them, so vite.config.ts maps the path. */
declare module 'phaser-src/*' {
  const module: unknown;
  export default module;
}
