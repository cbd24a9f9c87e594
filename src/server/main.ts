/**
 * `npm run -s class-server -- [--port N]`: the class server on its own, for a
 * classroom. It prints the address it listens on. DATABASE_URL names a real
 * PostgreSQL (otherwise PGlite keeps the classes in data/class-db), REDIS_URL
 * a Redis shared by several processes, CLASS_HOST the address to listen on
 * (default 127.0.0.1; 0.0.0.0 for a classroom's network).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CLASS_PORT } from '../share/live/protocol';
import { startClassServer } from './class-server';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function portArg(argv: readonly string[]): number {
  const at = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (at < 0) return Number(process.env.CLASS_PORT ?? DEFAULT_CLASS_PORT);
  const value = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port wants a port number (0 to 65535), not "${value ?? ''}"`);
    process.exit(2);
  }
  return port;
}

const dist = resolve(ROOT, 'dist');
try {
  const server = await startClassServer({
    port: portArg(process.argv.slice(2)),
    host: process.env.CLASS_HOST ?? '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATABASE_URL ? undefined : resolve(ROOT, process.env.CLASS_DATA_DIR ?? 'data/class-db'),
    redisUrl: process.env.REDIS_URL,
    publicAddress: process.env.CLASS_PUBLIC_ADDRESS,
    staticDir: existsSync(resolve(dist, 'index.html')) ? dist : undefined,
  });
  console.log(`Class server listening on ${server.url} (ws://${server.url.slice('http://'.length)})`);
  console.log(
    `Classes kept in ${server.store.where}${process.env.REDIS_URL ? '; rooms shared through Redis' : ''}; ${server.restored} stored class(es) reopened.`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  console.error(
    err.code === 'EADDRINUSE'
      ? `The class server's port is taken: ${err.message}. Start it with --port N.`
      : `The class server could not start: ${err.message}`,
  );
  process.exit(1);
}
