/**
 * A class on two class-server processes that share Debian's Redis (rooms and
 * matchmaking) and a real PostgreSQL (the classes), as a school would run it
 * (issue 11): the trainer creates the class through one process, a team
 * joins through the other, the trainer watches through that other one too,
 * and a process killed mid-class is replaced without the class being lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassBoard } from '../../src/server/board';
import { content, klass, start, usTurn } from '../server/live-fixture';
import { Visitor } from '../server/live-helpers';
import { freePort, startPostgres, startRedis, stopChild, waitForLine, type RunningService } from './debian-services';

const ROOT = join(import.meta.dirname, '../..');

interface ClassProcess {
  child: ChildProcess;
  url: string;
  port: number;
}

/** `npm run class-server` as a school's second machine would run it: its own port, the shared Redis and PostgreSQL. */
async function classProcess(port: number): Promise<ClassProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: pg.url, REDIS_URL: redis.url, CLASS_PUBLIC_ADDRESS: `127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /listening on http:\/\/127\.0\.0\.1:\d+[\s\S]*rooms shared through Redis/, `class server on port ${port}`);
  return { child, url: `http://127.0.0.1:${port}`, port };
}

/** The board's row for a team, once the desk's copy shows it at `turn`. */
async function rowAt(desk: Visitor, name: string, turn: number) {
  const board = desk.room.state as ClassBoard;
  for (let i = 0; i < 100; i++) {
    const row = [...board.teams.values()].find((r) => r.name === name);
    if (row && row.turn >= turn) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the desk's board never showed ${name} at turn ${turn}`);
}

let redis: RunningService;
let pg: RunningService;
const processes: ClassProcess[] = [];

beforeAll(async () => {
  [redis, pg] = await Promise.all([startRedis(), startPostgres()]);
  // Both at once on a fresh database: one migrates it while the other waits for it.
  const ports = [await freePort(), await freePort()];
  processes.push(...(await Promise.all(ports.map(classProcess))));
});

afterAll(async () => {
  await Promise.all(processes.map((p) => stopChild(p.child)));
  await Promise.all([redis?.stop(), pg?.stop()]);
});

describe('a live class on two processes behind Redis, stored in PostgreSQL', () => {
  it('lets a team join through one process while the trainer created and watches the class through the other', async () => {
    const [a, b] = processes as [ClassProcess, ClassProcess];
    const { desk, welcome } = await Visitor.create(a.url, klass);
    const { team, welcome: joined } = await Visitor.team(b.url, welcome.code, { team: 'Blue', role: 'US' });
    expect(joined.contentHash).toBe(content.hash);
    // The trainer opens the desk again, this time through the other process.
    const { desk: deskB } = await Visitor.desk(b.url, welcome.code, welcome.trainerToken!);

    const first = usTurn(start());
    expect((await team.submit(0, first.orders)).resolved?.months.map((m) => m.hash)).toEqual(first.months.map((m) => m.hash));
    for (const d of [desk, deskB]) expect((await rowAt(d, 'Blue', first.next.turn)).score).toBeGreaterThan(0);

    // The trainer's inject, given through one process, reaches the team joined through the other.
    expect(await deskB.control({ action: 'inject', eventId: 'nk-surge' })).toBeNull();
    expect(await team.next('trainerOrders')).toEqual({ orders: [{ kind: 'inject', actor: 'trainer', eventId: 'nk-surge' }] });
    await Promise.all([team.leave(), desk.leave(), deskB.leave()]);
  });

  it('keeps a class whose process is killed: a new process reopens it from PostgreSQL and the team rejoins at its month', async () => {
    const [a, b] = processes as [ClassProcess, ClassProcess];
    const { desk, welcome } = await Visitor.create(a.url, klass);
    const { team, welcome: joined } = await Visitor.team(b.url, welcome.code, { team: 'Gold', role: 'US' });
    const first = usTurn(start());
    await team.submit(0, first.orders);
    await Promise.all([team.leave(), desk.leave()]);

    // Kill both processes without a goodbye (a power cut), then start a fresh one on the same database and Redis.
    for (const p of processes.splice(0)) await stopChild(p.child, 'SIGKILL');
    processes.push(await classProcess(await freePort()));
    const fresh = processes[0]!;
    const back = await Visitor.team(fresh.url, welcome.code, { team: 'Gold', teamToken: joined.teamToken });
    expect(back.welcome.months.map((m) => m.hash)).toEqual(first.months.map((m) => m.hash));
    const second = usTurn(first.next);
    expect((await back.team.submit(first.next.turn, second.orders)).resolved?.months.at(-1)?.hash).toBe(second.months.at(-1)!.hash);
    await back.team.leave();
  });
});
