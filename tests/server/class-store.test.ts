import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openClassStore } from '../../src/server/db/class-store';

const dir = mkdtempSync(join(tmpdir(), 'class-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const session = {
  code: 'K7Q-M2X-B',
  scenarioId: 'a-class',
  contentHash: '0123456789abcd',
  seed: 'K7QM-2XPA-B',
  rulesVersion: 5,
  classFile: { id: 'a-class' },
  trainerTokenHash: 'f'.repeat(64),
};

describe('the class store (embedded PostgreSQL)', () => {
  it('keeps sessions, teams, turns and controls across a restart, and refuses a turn ended twice', async () => {
    const first = await openClassStore({ dataDir: dir });
    await first.addSession(session);
    await first.addTeam({ code: session.code, teamId: 't1', name: 'Blue', role: 'coordinator', tokenHash: 'a'.repeat(64) });
    expect(await first.addTurn({ code: session.code, teamId: 't1', turn: 0, orders: [{ kind: 'industrialPlan', actor: 'us' }], note: 'why', hash: 'h0' })).toBe(
      true,
    );
    expect(await first.addTurn({ code: session.code, teamId: 't1', turn: 0, orders: [], note: '', hash: 'h0b' })).toBe(false);
    await first.addControl({ code: session.code, seq: 1, control: { action: 'pause' }, targets: {} });
    await first.close();

    const again = await openClassStore({ dataDir: dir });
    expect(await again.sessionCodes()).toEqual([session.code]);
    expect(await again.hasSession('000-000-0')).toBe(false);
    const stored = (await again.load(session.code))!;
    expect(stored.session.classFile).toEqual({ id: 'a-class' });
    expect(stored.teams.map((t) => t.name)).toEqual(['Blue']);
    expect(stored.turns).toHaveLength(1);
    expect(stored.turns[0]!.orders).toEqual([{ kind: 'industrialPlan', actor: 'us' }]);
    expect(stored.controls.map((c) => c.control)).toEqual([{ action: 'pause' }]);
    await again.close();
  });
});
