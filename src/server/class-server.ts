/**
 * The class server: Colyseus over its WebSocket transport, with one room per
 * live class (class-room.ts), the class store (embedded PostgreSQL unless
 * DATABASE_URL names a real one) and, with REDIS_URL, Colyseus' Redis
 * presence and driver so that several processes share rooms and matchmaking.
 * It also serves the built game (dist/) when there is one, so a classroom
 * needs one address. Stored classes are opened again at start.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { newClassCode } from '../share/live/class-code';
import { CLASS_ROOM, DEFAULT_CLASS_PORT, MAX_JOIN_BYTES, MAX_MESSAGE_BYTES } from '../share/live/protocol';
import { ClassRoom, type ClassDeps } from './class-room';
import { openClassStore, type ClassStore } from './db/class-store';
import { shippedShelf } from './shipped-scenarios';
import { serveStatic } from './static-files';
import { newToken, randomWord } from './tokens';

export interface ClassServerOptions {
  /** 0 picks a free port (tests) */
  port?: number;
  host?: string;
  /** postgres://… for a real PostgreSQL; otherwise the embedded one in `dataDir` */
  databaseUrl?: string;
  /** the embedded database's folder; none keeps it in memory */
  dataDir?: string;
  /** redis://… to share rooms with other processes */
  redisUrl?: string;
  /** the address browsers reach this process at, when several run behind one name (Redis) */
  publicAddress?: string;
  /** the built game to serve beside the rooms */
  staticDir?: string;
  log?: (line: string) => void;
}

export interface RunningClassServer {
  port: number;
  /** e.g. http://127.0.0.1:2567 */
  url: string;
  store: ClassStore;
  gameServer: Server;
  /** how many stored classes were opened again at start */
  restored: number;
  close(): Promise<void>;
}

export async function startClassServer(options: ClassServerOptions = {}): Promise<RunningClassServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const store = await openClassStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const deps: ClassDeps = { store, shelf: shippedShelf(), restoreKey: newToken(), newCode: () => newClassCode(randomWord), log, now: () => Date.now() };
  // Each server gets its own room class, so two servers in one process (tests) keep their own stores.
  const Room = class extends ClassRoom {};
  Room.deps = deps;

  const http = boundedServer(options.staticDir);
  const redis = options.redisUrl ? { presence: new RedisPresence(options.redisUrl), driver: new RedisDriver(options.redisUrl) } : {};
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }),
    greet: false,
    gracefullyShutdown: false,
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    ...redis,
  });
  gameServer.define(CLASS_ROOM, Room);
  await gameServer.listen(options.port ?? DEFAULT_CLASS_PORT, options.host ?? '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  // Colyseus keeps the port it was asked for (0 in tests); its test helpers read it.
  (gameServer as unknown as { port: number }).port = port;
  const restored = await reopenClasses(store, deps);
  return {
    port,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    store,
    gameServer,
    restored,
    // Closing twice (a test's finally after a restart that failed) is harmless.
    close: once(async () => {
      await gameServer.gracefullyShutdown(false).catch(() => undefined);
      await store.close();
    }),
  };
}

/** Opens a room for every stored class that no process serves yet. */
async function reopenClasses(store: ClassStore, deps: ClassDeps): Promise<number> {
  let opened = 0;
  for (const code of await store.sessionCodes()) {
    if ((await matchMaker.query({ roomId: code })).length) continue;
    await matchMaker.createRoom(CLASS_ROOM, { restore: code, restoreKey: deps.restoreKey });
    opened++;
  }
  return opened;
}

/**
 * An HTTP server that refuses a request body past MAX_JOIN_BYTES before Colyseus reads it (its
 * matchmaking reads bodies whole), and serves the built game for everything else.
 */
function boundedServer(staticDir?: string): HttpServer {
  const http = createServer((req, res) => serveStatic(req, res, staticDir));
  const emit = http.emit.bind(http);
  http.emit = ((event: string, ...args: unknown[]) => {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > MAX_JOIN_BYTES || (req.method === 'POST' && req.headers['transfer-encoding'])) {
        res.writeHead(413, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        res.end(JSON.stringify({ code: 413, error: `too large: a request to the class server has at most ${MAX_JOIN_BYTES} bytes` }));
        req.resume();
        return true;
      }
    }
    return emit(event, ...args);
  }) as typeof http.emit;
  return http;
}

/** The first call's promise, for every call. */
function once(f: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= f());
}
