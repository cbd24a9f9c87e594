/** The save format: version-2 saves written before a save named its game or kept its scenario file still open. */
import { describe, expect, it } from 'vitest';
import { parseSaveFile } from '../../src/share/files';

const save = {
  format: 'race-of-logistics/save',
  version: 2,
  rulesVersion: 2,
  scenario: { id: 'my-own-war', hash: '0123456789abcd' },
  seed: 'BA1A-NCED-K',
  humanNations: ['US'],
  aiPolicy: 'historical',
  savedAt: '2025-01-01T10:00:00.000Z',
  turns: [{ orders: [], hash: '0123456789abcd' }],
};

describe('a save names its game and keeps a scenario loaded from a file', () => {
  it('a save written before either field opens unchanged', () => {
    expect(parseSaveFile(JSON.stringify(save))).toEqual({ ok: true, value: save });
  });

  it('a save keeps its game id and the scenario file it was played on', () => {
    const kept = { ...save, gameId: 'k7qm2xpab0', scenarioFile: { id: 'my-own-war', title: 'My own war' } };
    expect(parseSaveFile(JSON.stringify(kept))).toEqual({ ok: true, value: kept });
  });

  it('a game id that is not 8 to 32 lowercase letters and digits is refused at its path', () => {
    for (const gameId of ['short', '<img src=x>', 'A'.repeat(10), 'x'.repeat(33)]) {
      const parsed = parseSaveFile(JSON.stringify({ ...save, gameId }));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('$.gameId');
    }
  });

  it('a save keeps the standing orders; one written before them opens with none', () => {
    const standingOrders = [
      { id: 's1', kind: 'drawdown', actor: 'US', product: 'shell', amount: 20000 },
      { id: 's2', kind: 'toReadinessFloor', product: 'stinger' },
    ];
    expect(parseSaveFile(JSON.stringify({ ...save, standingOrders }))).toEqual({ ok: true, value: { ...save, standingOrders } });
    const old = parseSaveFile(JSON.stringify(save));
    expect(old.ok && old.value.standingOrders).toBeUndefined();
  });

  it('a standing order that is not one is refused at its path', () => {
    const parsed = parseSaveFile(JSON.stringify({ ...save, standingOrders: [{ id: 's1', kind: 'drawdown', actor: 'US', product: 'shell', amount: 0 }] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('$.standingOrders[0].amount');
  });
});
