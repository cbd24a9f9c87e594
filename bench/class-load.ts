/**
 * A bounded load test of the class server on loopback (issue 11, item 8): one
 * server process (a child, PGlite in a temporary folder), or two sharing
 * Redis and PostgreSQL (a class on each), one class on
 * race-of-logistics (23 monthly turns), and N simulated teams: headless
 * Colyseus clients that each play the balanced policy's orders for every
 * nation, all at once, turn after turn, resolving each turn locally as a
 * browser does. Reported: whether every valid order was taken (none lost or
 * refused), the p95 time from a team's submit to the server's answer, and
 * that p95 over one resolveTurn measured in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { loadScenarioById } from '../src/cli/scenario-files';
import { newGame } from '../src/scenario/build-game';
import { buildContent } from '../src/scenario/build-content';
import { readClassValue, shelfFrom, type ClassFile } from '../src/share/class-file';
import { CLASS_ROOM, LIVE_PROTOCOL, type DeskWelcome, type Resolved } from '../src/share/live/protocol';
import { parseSeed } from '../src/share/seed-code';
import { POLICIES, resolveTurn } from '../src/sim';
import { resolveWholeTurn } from '../src/sim/replay';
import type { GameState } from '../src/sim/types';
import { freePort, startPostgres, startRedis, stopChild, waitForLine } from '../tests/services/debian-services';

const CLASS: ClassFile = {
  format: 'race-of-logistics/class',
  version: 1,
  id: 'load-class',
  title: 'Load test',
  goals: [],
  scenario: { id: 'race-of-logistics' },
  seed: 'RACE-2023-X',
  roles: ['coordinator'],
  locks: [],
  injects: [],
  visibility: { hideRussia: false, hideOtherScores: false },
};

/** A class-server process (a child): its database and, for several processes, Redis, in `env`. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  // CLASS_SERVER_PROFILE=<folder> writes each server process's CPU profile there (open it in Chromium's DevTools).
  const profile = process.env.CLASS_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CLASS_SERVER_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/server/main.ts', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: '', ...env, ...(env.REDIS_URL ? { CLASS_PUBLIC_ADDRESS: `127.0.0.1:${port}` } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const m = await waitForLine(child, /listening on (http:\/\/[\d.]+:\d+)/, 'the class server');
  return { child, url: m[1]! };
}

/** One simulated team: joins, then plays its turns one after the other; resolves to its answer times. */
async function playTeam(url: string, code: string, name: string, content: ReturnType<typeof buildContent>, start: GameState) {
  const room: Room = await new Client(url).joinById(code, { as: 'team', protocol: LIVE_PROTOCOL, team: name });
  const inbox: { type: string; message: unknown; at: number }[] = [];
  let wake: (() => void) | null = null;
  for (const type of ['welcome', 'resolved', 'refused', 'trainerOrders'])
    room.onMessage(type, (message: unknown) => {
      inbox.push({ type, message, at: performance.now() });
      wake?.();
    });
  const next = async (types: string[]) => {
    for (;;) {
      const i = inbox.findIndex((m) => types.includes(m.type));
      if (i >= 0) return inbox.splice(i, 1)[0]!;
      await new Promise<void>((r) => (wake = r));
    }
  };
  await next(['welcome']);
  const times: number[] = [];
  let refused = 0;
  let s = start;
  while (!s.finished) {
    const orders = POLICIES.balanced(content, s, content.playable);
    const sent = performance.now();
    room.send('submit', { turn: s.turn, orders });
    const answer = await next(['resolved', 'refused']);
    times.push(answer.at - sent);
    if (answer.type === 'refused') {
      refused++;
      break;
    }
    const months = resolveWholeTurn(content, s, orders, { policy: POLICIES.historical, policyNations: [], explain: false });
    if (months.at(-1)!.hash !== (answer.message as Resolved).months.at(-1)!.hash) refused++;
    s = months.at(-1)!.state;
  }
  await room.leave(true);
  return { times, refused };
}

/** Where the class servers keep their classes and share rooms: one process on PGlite, or several on Redis and PostgreSQL. */
interface Setup {
  urls: string[];
  stop(): Promise<void>;
}

async function oneProcess(): Promise<Setup> {
  const dir = mkdtempSync(join(tmpdir(), 'class-load-'));
  const server = await startServer({ CLASS_DATA_DIR: dir });
  return {
    urls: [server.url],
    async stop() {
      await stopChild(server.child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Two processes sharing Debian's Redis and a throwaway PostgreSQL (tests/services/debian-services.ts installs them as root). */
async function twoProcesses(): Promise<Setup> {
  const [redis, pg] = await Promise.all([startRedis(), startPostgres()]);
  const env = { REDIS_URL: redis.url, DATABASE_URL: pg.url };
  const servers = await Promise.all([startServer(env), startServer(env)]);
  return {
    urls: servers.map((s) => s.url),
    async stop() {
      await Promise.all(servers.map((s) => stopChild(s.child)));
      await Promise.all([redis.stop(), pg.stop()]);
    },
  };
}

/**
 * `teams` simulated teams on one process, or on two behind Redis. A class's room lives in one process,
 * so with two processes the teams form two classes (a school's two classrooms), each created through
 * one process; every team joins through the process its class was not created on.
 */
export async function classLoad(teams: number, processes: 1 | 2 = 1) {
  const setup = processes === 1 ? await oneProcess() : await twoProcesses();
  try {
    const read = readClassValue({ ...CLASS, facilitated: true }, shelfFrom([loadScenarioById('race-of-logistics').scenario]));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const content = buildContent(read.session.scenario);
    const seed = parseSeed(CLASS.seed);
    if (!seed.ok) throw new Error(seed.error);
    const start = newGame(content, seed.seed);
    const { urls } = setup;
    const classes = await Promise.all(
      urls.map(async (url) => {
        const desk = await new Client(url).create(CLASS_ROOM, { as: 'create', protocol: LIVE_PROTOCOL, classFile: CLASS });
        const code = await new Promise<string>((r) => desk.onMessage('desk', (m: DeskWelcome) => r(m.code)));
        desk.onMessage('result', () => undefined);
        return { desk, code };
      }),
    );
    const t0 = performance.now();
    const played = await Promise.all(
      Array.from({ length: teams }, (_, i) => playTeam(urls[(i + 1) % urls.length]!, classes[i % classes.length]!.code, `Team ${i + 1}`, content, start)),
    );
    const wallMs = performance.now() - t0;
    const times = played.flatMap((p) => p.times).sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
    // One month resolved (report off), measured here, in the same run, after as many months to warm it up.
    let s = start;
    for (let i = 0; i < 200; i++) s = s.finished ? start : resolveTurn(content, s, [], { explain: false }).state;
    const r0 = performance.now();
    let n = 0;
    for (; n < 200; n++) s = s.finished ? start : resolveTurn(content, s, [], { explain: false }).state;
    const resolveMs = (performance.now() - r0) / n;
    await Promise.all(classes.map((c) => c.desk.leave(true)));
    const lost = played.reduce((sum, p) => sum + p.refused, 0);
    return {
      classProcesses: processes,
      classTeams: lost === 0 ? teams : 0,
      classTeamsTried: teams,
      classOrdersLostOrRefused: lost,
      classTurnsAnswered: times.length,
      classMonthP95Ms: Math.round(p95 * 10) / 10,
      classMonthMedianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
      classMonthToResolveRatio: Math.round((p95 / resolveMs) * 10) / 10,
      classResolveMs: Math.round(resolveMs * 1000) / 1000,
      classWallSeconds: Math.round(wallMs / 100) / 10,
    };
  } finally {
    await setup.stop();
  }
}
