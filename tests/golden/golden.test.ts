import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, newGame, scenarioHash } from '../../src/cli/scenario-files';
import { parseReplayFile } from '../../src/share/files';
import { parseSeed } from '../../src/share/seed-code';
import { verifyTurns } from '../../src/sim/replay';
import type { Order } from '../../src/sim/types';

const dir = join(import.meta.dirname, '../../seeds');
const files = readdirSync(dir).filter((f) => f.endsWith('.replay.json'));

describe('golden replays in seeds/', () => {
  it('there is one per policy', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${file} re-simulates to the recorded hash after every turn`, () => {
      const parsed = parseReplayFile(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      const r = parsed.value;
      const { scenario } = loadScenario(r.scenario.id);
      expect(scenarioHash(scenario)).toBe(r.scenario.hash);
      const seed = parseSeed(r.seed);
      expect(seed.ok).toBe(true);
      const start = newGame(scenario, seed.ok ? seed.seed : (undefined as never));
      const result = verifyTurns(
        start,
        r.turns.map((t) => ({ orders: t.orders as Order[], hash: t.hash })),
      );
      expect(result).toEqual({ ok: true, finalHash: r.finalHash });
    });
  }

  it('a replay with one order taken out fails on the turn that changed', () => {
    const r = parseReplayFile(readFileSync(join(dir, 'golden-historical.replay.json'), 'utf8'));
    if (!r.ok) throw new Error('unreadable');
    const turns = r.value.turns.map((t) => ({ orders: t.orders as Order[], hash: t.hash }));
    const k = turns.findIndex((t) => t.orders.length > 0);
    turns[k] = { ...turns[k]!, orders: turns[k]!.orders.slice(1) };
    const seed = parseSeed(r.value.seed);
    const start = newGame(loadScenario(r.value.scenario.id).scenario, seed.ok ? seed.seed : (undefined as never));
    expect(verifyTurns(start, turns)).toMatchObject({ ok: false, turn: k });
  });
});
