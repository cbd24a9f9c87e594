/**
 * Golden replays and the rules version. seeds/rules-<version>/ holds the games
 * recorded under each rules version. Those of the current version must
 * re-simulate hash for hash; a change of outcomes without a RULES_VERSION bump
 * fails here, and so does a bump without `npm run golden` (no folder for the
 * new version). Older goldens stay as they are and must be answered with
 * their version, never re-simulated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, newGame } from '../../src/cli/scenario-files';
import { GOLDEN, goldenDir, SEEDS_DIR } from '../../src/cli/write-golden';
import { checkReplay } from '../../src/share/check-replay';
import { parseReplayFile, type ReplayFile } from '../../src/share/files';
import { parseSeed } from '../../src/share/seed-code';
import { verifyTurns } from '../../src/sim/replay';
import { RULES_VERSION } from '../../src/sim/rules-version';

function read(path: string): { raw: { version: number; rulesVersion: number }; replay: ReplayFile } {
  const text = readFileSync(path, 'utf8');
  const parsed = parseReplayFile(text);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return { raw: JSON.parse(text), replay: parsed.value };
}

function startOf(r: ReplayFile) {
  const { content } = loadScenario(r.scenario.id);
  const seed = parseSeed(r.seed);
  if (!seed.ok) throw new Error(seed.error);
  return { content, start: newGame(content, seed.seed) };
}

const versionFolders = readdirSync(SEEDS_DIR)
  .map((name) => ({ name, version: /^rules-(\d+)$/.exec(name)?.[1] }))
  .filter((x) => x.version !== undefined)
  .map((x) => ({ dir: join(SEEDS_DIR, x.name), version: Number(x.version) }));
const current = goldenDir(RULES_VERSION);
const currentFiles = existsSync(current) ? readdirSync(current).filter((f) => f.endsWith('.replay.json')) : [];
const older = versionFolders.filter((x) => x.version < RULES_VERSION);

describe('the rules version and its goldens', () => {
  it(`there is a goldens folder for the current rules version ${RULES_VERSION}, with every golden game (run npm run golden after a bump)`, () => {
    expect(existsSync(current), `${current} is missing: RULES_VERSION was bumped without running npm run golden`).toBe(true);
    expect(currentFiles.sort()).toEqual(GOLDEN.map((g) => g.file).sort());
  });

  it('every replay in seeds/ sits in a rules-<version> folder, none newer than the game', () => {
    // challenges.json is no replay: it names its rules version itself, and tests/share/challenges.test.ts re-plays each one.
    expect(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.json') && f !== 'challenges.json')).toEqual([]);
    for (const { version } of versionFolders) expect(version).toBeLessThanOrEqual(RULES_VERSION);
    expect(older.length).toBeGreaterThan(0);
  });

  it.each(versionFolders.flatMap(({ dir, version }) => readdirSync(dir).map((file) => [`rules-${version}/${file}`, join(dir, file), version] as const)))(
    '%s records the rules version of its folder',
    (_name, path, version) => {
      expect(path.endsWith('.replay.json')).toBe(true);
      expect(read(path).raw.rulesVersion).toBe(version);
    },
  );
});

describe(`golden replays of rules version ${RULES_VERSION}`, () => {
  it.each(GOLDEN.map((g) => [g.file, g] as const))('%s re-simulates to the recorded hash after every turn', (file, g) => {
    const { raw, replay: r } = read(join(current, file));
    expect(raw.version).toBe(2);
    expect([r.scenario.id, r.seed, r.policy]).toEqual([g.scenario, g.seed, g.policy]);
    const { content, start } = startOf(r);
    expect(content.hash).toBe(r.scenario.hash);
    expect(r.turns).toHaveLength(content.endMonth - content.startMonth + 1);
    expect(verifyTurns(content, start, r.turns)).toEqual({ ok: true, finalHash: r.finalHash });
    expect(checkReplay(r, content)).toMatchObject({ ok: true, finalHash: r.finalHash, message: expect.stringMatching(/^verified 23 months/) });
  });

  it('a replay with one order taken out fails on the turn that changed', () => {
    const { replay } = read(join(current, 'golden-historical.replay.json'));
    const turns = replay.turns.map((t) => ({ ...t, orders: [...t.orders] }));
    const k = turns.findIndex((t) => t.orders.length > 0);
    turns[k]!.orders = turns[k]!.orders.slice(1);
    const { content, start } = startOf(replay);
    expect(verifyTurns(content, start, turns)).toMatchObject({ ok: false, turn: k });
    expect(checkReplay({ ...replay, turns }, content)).toMatchObject({
      ok: false,
      message: expect.stringMatching(new RegExp(`^month ${k + 1} \\(.+\\) differs`)),
    });
  });
});

describe('golden replays of older rules versions', () => {
  it.each(older.flatMap(({ dir, version }) => readdirSync(dir).map((file) => [`rules-${version}/${file}`, join(dir, file), version] as const)))(
    '%s is answered with its rules version, never re-simulated',
    (_name, path, version) => {
      const { replay } = read(path);
      expect(replay.version).toBe(2);
      expect(replay.rulesVersion).toBe(version);
      const check = checkReplay(replay, loadScenario(replay.scenario.id).content);
      expect(check.ok).toBe(false);
      expect(check.message).toContain(`rules version ${version}`);
      expect(check.message).toContain(`rules version ${RULES_VERSION}`);
      expect(check.message).not.toMatch(/verified|differs/);
    },
  );
});
