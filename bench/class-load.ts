/**
 * A bounded load test of the class server on loopback (issue 11, item 8): one
 * server process (a child, its database in a temporary folder), one class on
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

function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', '0'], {
    env: { ...process.env, CLASS_DATA_DIR: dir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the class server did not start within 60 s')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(chunk.toString());
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`the class server exited (${code})`)));
  });
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

export async function classLoad(teams: number) {
  const dir = mkdtempSync(join(tmpdir(), 'class-load-'));
  const { child, url } = await startServer(dir);
  try {
    const read = readClassValue({ ...CLASS, facilitated: true }, shelfFrom([loadScenarioById('race-of-logistics').scenario]));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const content = buildContent(read.session.scenario);
    const seed = parseSeed(CLASS.seed);
    if (!seed.ok) throw new Error(seed.error);
    const start = newGame(content, seed.seed);
    const desk = await new Client(url).create(CLASS_ROOM, { as: 'create', protocol: LIVE_PROTOCOL, classFile: CLASS });
    const code = await new Promise<string>((r) => desk.onMessage('desk', (m: DeskWelcome) => r(m.code)));
    desk.onMessage('result', () => undefined);
    const t0 = performance.now();
    const played = await Promise.all(Array.from({ length: teams }, (_, i) => playTeam(url, code, `Team ${i + 1}`, content, start)));
    const wallMs = performance.now() - t0;
    const times = played.flatMap((p) => p.times).sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
    // One month resolved (report off), measured here, in the same run.
    let s = start;
    const r0 = performance.now();
    let n = 0;
    for (; n < 200; n++) s = s.finished ? start : resolveTurn(content, s, [], { explain: false }).state;
    const resolveMs = (performance.now() - r0) / n;
    await desk.leave(true);
    const lost = played.reduce((sum, p) => sum + p.refused, 0);
    return {
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
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
