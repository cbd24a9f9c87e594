/**
 * Writes the golden replays of the current rules version into
 * seeds/rules-<RULES_VERSION>/ (`npm run golden`). Goldens of older versions
 * are kept as they are: they prove that an old replay is answered with its
 * version, never re-simulated. When goldens of the current version exist and
 * a game no longer gives the same hashes, it refuses: outcomes changed, so
 * RULES_VERSION must be bumped first (tests/golden fails until then).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeReplay, parseReplayFile } from '../share/files';
import { parseSeed } from '../share/seed-code';
import { hashState } from '../sim/hash';
import { playGame } from '../sim/replay';
import { RULES_VERSION } from '../sim/rules-version';
import { loadScenario, newGame } from './scenario-files';
import { ordersSource } from './setup';
import type { PolicyName } from '../sim/policies';

export const GOLDEN: { file: string; scenario: string; seed: string; policy: PolicyName }[] = [
  { file: 'golden-passive.replay.json', scenario: 'race-of-logistics', seed: 'RACE-2023-X', policy: 'passive' },
  { file: 'golden-historical.replay.json', scenario: 'race-of-logistics', seed: 'HST0-R1CA-1', policy: 'historical' },
  { file: 'golden-balanced.replay.json', scenario: 'race-of-logistics', seed: 'BA1A-NCED-K', policy: 'balanced' },
];

export const SEEDS_DIR = resolve(fileURLToPath(new URL('../../seeds', import.meta.url)));
export const goldenDir = (version: number) => join(SEEDS_DIR, `rules-${version}`);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = goldenDir(RULES_VERSION);
  mkdirSync(dir, { recursive: true });
  for (const g of GOLDEN) {
    const seed = parseSeed(g.seed);
    if (!seed.ok) throw new Error(`${g.file}: ${seed.error}`);
    const { content } = loadScenario(g.scenario);
    const start = newGame(content, seed.seed);
    const played = playGame(content, start, ordersSource(content, start, g.policy, undefined));
    const replay = makeReplay({
      rulesVersion: RULES_VERSION,
      scenarioId: content.id,
      scenarioHash: content.hash,
      seed: seed.seed.code,
      policy: g.policy,
      turns: played.turns,
      finalHash: hashState(played.final),
    });
    const path = join(dir, g.file);
    if (existsSync(path)) {
      const old = parseReplayFile(readFileSync(path, 'utf8'));
      if (old.ok && old.value.finalHash !== replay.finalHash) {
        console.error(
          `${path}: this game now ends in ${replay.finalHash}, not ${old.value.finalHash}. Outcomes changed: bump RULES_VERSION (src/sim/rules-version.ts) and run npm run golden again.`,
        );
        process.exit(1);
      }
    }
    writeFileSync(path, JSON.stringify(replay, null, 1) + '\n');
    console.log(`${path}: ${played.turns.length} turns, final hash ${replay.finalHash}`);
  }
}
