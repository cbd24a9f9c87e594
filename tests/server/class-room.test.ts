/**
 * The live class server (issue 11) on loopback: a trainer creates a class,
 * teams join with its code and play turns that the server re-simulates with
 * the shared resolver. Bad codes, bad or out-of-turn orders, a team acting for
 * another or as the trainer are refused with what is wrong and change
 * nothing; pause blocks a turn; an inject reaches every team; a locked order
 * is refused with its reason; a finished team's result code verifies like any
 * other; a restarted server brings every class back from its database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClassCode } from '../../src/share/live/class-code';
import { checkResultCode } from '../../src/share/result-code';
import type { ClassBoard } from '../../src/server/board';
import type { Order } from '../../src/sim/types';
import { TEAM_MOVED, TEAM_MOVED_CLOSE, type Refused, type TeamMoved } from '../../src/share/live/protocol';
import { parseTeamKey } from '../../src/share/live/team-key';
import { content, klass, start, turnOf, usTurn } from './live-fixture';
import { classServer, refusal, Visitor } from './live-helpers';

let server: Awaited<ReturnType<typeof classServer>>;
const dir = mkdtempSync(join(tmpdir(), 'class-room-'));
beforeAll(async () => {
  server = await classServer({ dataDir: dir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a live class on the class server', () => {
  it('refuses a broken class and a code that is not a class, saying what is wrong', async () => {
    const broken = await refusal(Visitor.create(server.url, { ...klass, roles: ['XX'] }));
    expect(broken).toContain('$.roles[0]');
    expect(broken).toContain('"XX" is not a playable nation');
    const code = parseClassCode('K7Q-M2X-B');
    expect(code.ok).toBe(false);
    const unknown = await refusal(Visitor.team(server.url, '000-000-0', { team: 'Blue', role: 'US' }));
    expect(unknown).toMatch(/not found|no class/i);
  });

  it('plays a team turn by turn, re-simulated to the hashes the browser finds, and refuses bad orders unchanged', async () => {
    const { desk, welcome: deskWelcome } = await Visitor.create(server.url, klass);
    expect(parseClassCode(deskWelcome.code)).toEqual({ ok: true, code: deskWelcome.code });
    expect(deskWelcome.trainerToken).toMatch(/^[0-9a-f]{32}$/);
    const { team, welcome } = await Visitor.team(server.url, deskWelcome.code, { team: 'Blue', role: 'US' });
    expect(welcome).toMatchObject({ name: 'Blue', role: 'US', months: [] });
    expect(welcome.teamToken).toMatch(/^[0-9a-f]{32}$/);
    expect(welcome.contentHash).toBe(content.hash);
    // A team that names no role takes the class's next one (one per team, in order).
    const green = await Visitor.team(server.url, deskWelcome.code, { team: 'Green' });
    expect(green.welcome.role).toBe('coordinator');
    await green.team.leave();

    // Bad messages: a nation the team does not play, a malformed order, a turn from the future.
    expect((await team.submit(0, [{ kind: 'pledge', actor: 'DE', shareBp: 10 }])).refused?.problem).toContain('"DE", a nation your team does not play');
    team.room.send('submit', { turn: 0, orders: [{ kind: 'pledge', actor: 'US' }] });
    expect((await team.next<{ problem: string }>('refused')).problem).toContain('orders.0.shareBp');
    expect((await team.submit(4, [])).refused?.problem).toContain('your game is at month 0, not 4');
    // Nor may a team act as the trainer, or use the desk's controls.
    expect((await team.submit(0, [{ kind: 'inject', actor: 'trainer', eventId: 'us-aid-freeze' }])).refused?.problem).toContain('trainer did not give');
    expect((await team.control({ action: 'pause' }))?.problem).toContain('only the trainer');
    // A locked order is refused with the lock's reason.
    const plant = content.templates[0]!.id;
    expect((await team.submit(0, [{ kind: 'fundPlant', actor: 'US', templateId: plant }])).refused?.problem).toMatch(/order 1 \(.*\) is refused: .*trainer/i);

    // The desk's row says since when the team has been deciding its turn: from its joining, then from its last turn's end.
    const since = () => [...(desk.room.state as ClassBoard).teams.values()].find((t) => t.name === 'Blue')?.turnSince ?? 0;
    await expect.poll(since).toBeGreaterThan(0);
    const joined = since();
    const first = usTurn(start());
    const submitted = Date.now();
    const answer = await team.submit(0, first.orders, 'build up stocks');
    expect(answer.resolved?.months.map((m) => m.hash)).toEqual(first.months.map((m) => m.hash));
    await expect.poll(since).toBeGreaterThanOrEqual(submitted);
    expect(since()).toBeGreaterThan(joined);
    // The same turn again (a second tab) is refused, and the game is where it was.
    expect((await team.submit(0, first.orders)).refused?.problem).toContain('already ended');
    const second = usTurn(first.next);
    expect((await team.submit(first.next.turn, second.orders)).resolved?.months.at(-1)?.hash).toBe(second.months.at(-1)!.hash);
    // A browser that resolved a turn to another hash says so: the desk is told, naming the team and the turn.
    team.room.send('desync', { turn: first.next.turn, hash: 'ffffffffffffff' });
    expect(await desk.next<{ name: string; turn: number }>('desyncSeen')).toMatchObject({ name: 'Blue', turn: first.next.turn });
    await Promise.all([team.leave(), desk.leave()]);
  });

  it('pauses the class, injects into every team, and hands the desk a result code that verifies', async () => {
    const { desk, welcome } = await Visitor.create(server.url, klass);
    const code = welcome.code;
    const { team: blue } = await Visitor.team(server.url, code, { team: 'Blue', role: 'US' });
    const { team: gold } = await Visitor.team(server.url, code, { team: 'Gold', role: 'US' });
    expect(await refusal(Visitor.team(server.url, code, { team: 'blue', role: 'US' }))).toContain('already joined');

    expect(await desk.control({ action: 'pause' })).toBeNull();
    const turn0 = usTurn(start());
    expect((await blue.submit(0, turn0.orders)).refused?.problem).toContain('paused');
    expect(await desk.control({ action: 'resume' })).toBeNull();

    expect(await desk.control({ action: 'inject', eventId: 'no-such-event' })).toMatchObject({ problem: expect.stringContaining('no event "no-such-event"') });
    desk.room.send('control', { action: 'inject', eventId: 'eu-million-pledge' });
    // Pause, resume and the inject are the trainer's orders in every team's turn, so each replay carries them.
    const trainer: Order[] = [
      { kind: 'facilitate', actor: 'trainer', action: 'pause' },
      { kind: 'facilitate', actor: 'trainer', action: 'resume' },
      { kind: 'inject', actor: 'trainer', eventId: 'eu-million-pledge' },
    ];
    for (const t of [blue, gold]) {
      const told = [await t.next<{ orders: Order[] }>('trainerOrders'), await t.next<{ orders: Order[] }>('trainerOrders')];
      expect(told.map((m) => m.orders.length)).toEqual([1, 2]);
      expect(await t.next<{ orders: Order[] }>('trainerOrders')).toEqual({ orders: trainer });
    }
    // Without the trainer's orders the turn is refused; with them, it resolves as the browser finds.
    expect((await blue.submit(0, turn0.orders)).refused?.problem).toContain('the trainer has given your game an order');
    const withInject = usTurn(start(), trainer);
    expect((await blue.submit(0, withInject.orders)).resolved?.months.at(-1)?.hash).toBe(withInject.months.at(-1)!.hash);
    expect(withInject.months[0]!.hash).not.toBe(turn0.months[0]!.hash);

    // Blue plays to the end: the desk gets its result code, and it verifies like a pasted one.
    let s = withInject.next;
    while (!s.finished) {
      const t = usTurn(s);
      expect((await blue.submit(s.turn, t.orders)).resolved).toBeDefined();
      s = t.next;
    }
    const result = await desk.next<{ name: string; code: string }>('result');
    expect(result.name).toBe('Blue');
    const check = checkResultCode(result.code, [content]);
    expect(check.ok, check.message).toBe(true);
    expect((await blue.submit(s.turn, [])).refused?.problem).toContain('game is over');
    await Promise.all([blue.leave(), gold.leave(), desk.leave()]);
  });

  it('brings every class back after a restart: the desk with its token, a team at the month it left', async () => {
    const { desk, welcome } = await Visitor.create(server.url, klass);
    const { team, welcome: joined } = await Visitor.team(server.url, welcome.code, { team: 'Red', role: 'US' });
    const t0 = usTurn(start());
    await team.submit(0, t0.orders);
    // An event that has already happened in the team's game cannot be fired there again.
    const happened = t0.next.firedEvents[0];
    expect(happened).toBeDefined();
    expect((await desk.control({ action: 'inject', eventId: happened }))?.problem).toMatch(/^Red: .*already happened/);
    expect(await desk.control({ action: 'revealRussia' })).toBeNull();
    await team.next('trainerOrders');
    await Promise.all([team.leave(), desk.leave()]);
    await server.close();

    server = await classServer({ dataDir: dir });
    expect(server.restored).toBeGreaterThanOrEqual(1);
    expect(await refusal(Visitor.desk(server.url, welcome.code, '0'.repeat(32)))).toContain('not this class');
    const again = await Visitor.desk(server.url, welcome.code, welcome.trainerToken!);
    expect(again.welcome.code).toBe(welcome.code);
    const back = await Visitor.team(server.url, welcome.code, { team: 'Red', role: 'US', teamToken: joined.teamToken });
    expect(back.welcome.months.map((m) => m.hash)).toEqual(t0.months.map((m) => m.hash));
    expect(back.welcome.trainerOrders).toEqual([{ kind: 'facilitate', actor: 'trainer', action: 'revealRussia' }]);
    const t1 = usTurn(t0.next, back.welcome.trainerOrders);
    const after = await back.team.submit(t0.next.turn, t1.orders);
    expect(after.refused).toBeUndefined();
    expect(after.resolved?.months.at(-1)?.hash).toBe(t1.months.at(-1)!.hash);
    await Promise.all([back.team.leave(), again.desk.leave()]);
  });

  it('moves a team to another device with a key from the desk: the old browser is let go and its token retired, also after a restart', async () => {
    const { desk, welcome } = await Visitor.create(server.url, klass);
    const { team: old, welcome: joined } = await Visitor.team(server.url, welcome.code, { team: 'Teal', role: 'US' });
    const t0 = usTurn(start());
    await old.submit(0, t0.orders);
    const closed = new Promise<number>((resolve) => old.room.onLeave((code) => resolve(code)));
    desk.room.send('moveTeam', { team: joined.teamId });
    const moved = await desk.next<TeamMoved>('teamMoved');
    expect(moved.name).toBe('Teal');
    expect(parseTeamKey(moved.key)).toEqual({ ok: true, key: moved.key });
    expect(await closed).toBe(TEAM_MOVED_CLOSE);
    // The old token is refused with the reason; the key plays on at the turn the team had reached.
    expect(await refusal(Visitor.team(server.url, welcome.code, { team: 'Teal', teamToken: joined.teamToken }))).toBe(TEAM_MOVED);
    const fresh = await Visitor.team(server.url, welcome.code, { team: 'anything', teamToken: moved.key });
    expect(fresh.welcome.name).toBe('Teal');
    expect(fresh.welcome.teamToken).toBe(moved.key);
    expect(fresh.welcome.months.map((m) => m.hash)).toEqual(t0.months.map((m) => m.hash));
    // A key from another class, or mistyped, is not one of this class; only the desk moves a team.
    expect(await refusal(Visitor.team(server.url, welcome.code, { team: 'x', teamToken: 'K7QM-2XB4-9PTR-5' }))).toMatch(/not one of this class/);
    fresh.team.room.send('moveTeam', { team: joined.teamId });
    expect((await fresh.team.next<Refused>('refused')).problem).toMatch(/only the trainer.s desk moves a team/);
    await Promise.all([fresh.team.leave(), desk.leave()]);

    await server.close();
    server = await classServer({ dataDir: dir });
    expect(await refusal(Visitor.team(server.url, welcome.code, { team: 'Teal', teamToken: joined.teamToken }))).toBe(TEAM_MOVED);
    const back = await Visitor.team(server.url, welcome.code, { team: 'Teal', teamToken: moved.key });
    expect(back.welcome.months).toHaveLength(t0.months.length);
    await back.team.leave();
  });

  it('locks and unlocks a lever live: every team is told, a locked order is refused with the reason, and the board shows the levers', async () => {
    const { desk, welcome } = await Visitor.create(server.url, klass);
    const { team } = await Visitor.team(server.url, welcome.code, { team: 'Blue', role: 'US' });
    const board = () => (desk.room.state as ClassBoard).lockedLevers;
    // The class file locks new plants for every nation, and Poland's drawdowns below its readiness floor (shown apart).
    await expect.poll(board).toBe('fundPlant,drawdown@floor:PL');
    expect(await desk.control({ action: 'lockLever', lever: 'pledge', locked: true })).toBeNull();
    const lock: Order = { kind: 'lockLever', actor: 'trainer', lever: 'pledge', nations: [], locked: true };
    expect(await team.next('trainerOrders')).toEqual({ orders: [lock] });
    await expect.poll(board).toBe('fundPlant,pledge,drawdown@floor:PL');
    const pledge: Order = { kind: 'pledge', actor: 'US', shareBp: 350 };
    expect((await team.submit(0, [lock, pledge])).refused?.problem).toMatch(/order 2 \(.*\) is refused: locked by your trainer: no new pledges/);

    // Unlocked again (and new plants, which the file locked): the same turn goes through.
    expect(await desk.control({ action: 'lockLever', lever: 'pledge', locked: false })).toBeNull();
    expect(await desk.control({ action: 'lockLever', lever: 'fundPlant', locked: false })).toBeNull();
    await expect.poll(board).toBe('drawdown@floor:PL');
    // Drawdowns unlocked live: the trainer's word replaces the file's floor lock too.
    expect(await desk.control({ action: 'lockLever', lever: 'drawdown', locked: false })).toBeNull();
    await expect.poll(board).toBe('');
    // Locked for one nation: the board names it (share/live/lever-locks.ts); then open again for the turn below.
    expect(await desk.control({ action: 'lockLever', lever: 'pledge', locked: true, nations: ['DE'] })).toBeNull();
    await expect.poll(board).toBe('pledge:DE');
    expect(await desk.control({ action: 'lockLever', lever: 'pledge', locked: false })).toBeNull();
    await expect.poll(board).toBe('');
    for (let i = 0; i < 4; i++) await team.next<{ orders: Order[] }>('trainerOrders');
    const trainer = (await team.next<{ orders: Order[] }>('trainerOrders')).orders;
    expect(trainer).toHaveLength(6);
    const plant: Order = { kind: 'fundPlant', actor: 'US', templateId: content.templates.find((t) => t.nationId === 'US')!.id };
    const turn = turnOf(start(), [...trainer, pledge, plant]);
    const answer = await team.submit(0, turn.orders);
    expect(answer.refused).toBeUndefined();
    expect(answer.resolved?.months.at(-1)?.hash).toBe(turn.months.at(-1)!.hash);
    await Promise.all([team.leave(), desk.leave()]);
  });

  it('binds a team that joins after a lever was locked live: its first turn carries the lock, and a locked order is refused', async () => {
    const { desk, welcome } = await Visitor.create(server.url, klass);
    const { team: early } = await Visitor.team(server.url, welcome.code, { team: 'Early', role: 'US' });
    expect(await desk.control({ action: 'lockLever', lever: 'pledge', locked: true })).toBeNull();
    const lock: Order = { kind: 'lockLever', actor: 'trainer', lever: 'pledge', nations: [], locked: true };
    expect(await early.next('trainerOrders')).toEqual({ orders: [lock] });
    const { team: late, welcome: joined } = await Visitor.team(server.url, welcome.code, { team: 'Late', role: 'US' });
    expect(joined.trainerOrders).toEqual([lock]);
    const pledge: Order = { kind: 'pledge', actor: 'US', shareBp: 350 };
    expect((await late.submit(0, [lock, pledge])).refused?.problem).toMatch(/order 2 \(.*\) is refused: locked by your trainer: no new pledges/);
    expect((await late.submit(0, [pledge])).refused?.problem).toContain('the trainer has given your game an order');
    await Promise.all([early.leave(), late.leave(), desk.leave()]);
  });
});
