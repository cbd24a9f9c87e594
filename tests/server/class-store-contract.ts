/**
 * What every class store keeps, whichever PostgreSQL it runs on (the embedded
 * PGlite in tests/server, a real server in tests/services): sessions, teams,
 * turns, controls and team keys across a restart, and a turn ended twice refused.
 */
import { expect } from 'vitest';
import type { ClassStore } from '../../src/server/db/class-store';

export const session = {
  code: 'K7Q-M2X-B',
  scenarioId: 'a-class',
  contentHash: '0123456789abcd',
  seed: 'K7QM-2XPA-B',
  rulesVersion: 5,
  classFile: { id: 'a-class' },
  trainerTokenHash: 'f'.repeat(64),
};

/** Writes through one store, closes it, and reads everything back through a store opened again. */
export async function keepsEverythingAcrossARestart(open: () => Promise<ClassStore>): Promise<void> {
  const first = await open();
  await first.addSession(session);
  await first.addTeam({ code: session.code, teamId: 't1', name: 'Blue', role: 'coordinator', tokenHash: 'a'.repeat(64) });
  expect(await first.addTurn({ code: session.code, teamId: 't1', turn: 0, orders: [{ kind: 'industrialPlan', actor: 'us' }], note: 'why', hash: 'h0' })).toBe(
    true,
  );
  expect(await first.addTurn({ code: session.code, teamId: 't1', turn: 0, orders: [], note: '', hash: 'h0b' })).toBe(false);
  await first.addControl({ code: session.code, seq: 1, control: { action: 'pause' }, targets: {} });
  await first.addTeamKey({ code: session.code, teamId: 't1', seq: 2, tokenHash: 'c'.repeat(64) });
  await first.addTeamKey({ code: session.code, teamId: 't1', seq: 1, tokenHash: 'b'.repeat(64) });
  await first.close();

  const again = await open();
  expect(await again.sessionCodes()).toEqual([session.code]);
  expect(await again.hasSession('000-000-0')).toBe(false);
  const stored = (await again.load(session.code))!;
  expect(stored.session.classFile).toEqual({ id: 'a-class' });
  expect(stored.teams.map((t) => t.name)).toEqual(['Blue']);
  expect(stored.turns).toHaveLength(1);
  expect(stored.turns[0]!.orders).toEqual([{ kind: 'industrialPlan', actor: 'us' }]);
  expect(stored.controls.map((c) => c.control)).toEqual([{ action: 'pause' }]);
  // A team's keys in the order given: its latest replaces its token.
  expect(stored.keys.map((k) => [k.seq, k.tokenHash[0]])).toEqual([
    [1, 'b'],
    [2, 'c'],
  ]);
  await again.close();
}
