/**
 * Writes the golden replays in seeds/ (`npm run golden`). Run it only when a
 * rules change is meant to alter outcomes, together with a RULES_VERSION bump.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeReplay } from '../share/files';
import { parseSeed } from '../share/seed-code';
import { hashState } from '../sim/hash';
import { playGame } from '../sim/replay';
import { RULES_VERSION } from '../sim/rules-version';
import { loadScenario, newGame, scenarioHash } from './scenario-files';
import { ordersSource } from './setup';
import type { PolicyName } from '../sim/policies';

export const GOLDEN: { file: string; scenario: string; seed: string; policy: PolicyName }[] = [
  { file: 'golden-passive.replay.json', scenario: 'race-of-logistics', seed: 'RACE-2023-X', policy: 'passive' },
  { file: 'golden-historical.replay.json', scenario: 'race-of-logistics', seed: 'HST0-R1CA-1', policy: 'historical' },
  { file: 'golden-balanced.replay.json', scenario: 'race-of-logistics', seed: 'BA1A-NCED-K', policy: 'balanced' },
];

const SEEDS_DIR = resolve(fileURLToPath(new URL('../../seeds', import.meta.url)));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const g of GOLDEN) {
    const seed = parseSeed(g.seed);
    if (!seed.ok) throw new Error(`${g.file}: ${seed.error}`);
    const { scenario } = loadScenario(g.scenario);
    const start = newGame(scenario, seed.seed);
    const played = playGame(start, ordersSource(start, g.policy, undefined));
    const replay = makeReplay({
      rulesVersion: RULES_VERSION,
      scenarioId: scenario.id,
      scenarioHash: scenarioHash(scenario),
      seed: seed.seed.code,
      policy: g.policy,
      turns: played.turns,
      finalHash: hashState(played.final),
    });
    writeFileSync(join(SEEDS_DIR, g.file), JSON.stringify(replay, null, 1) + '\n');
    console.log(`${g.file}: ${played.turns.length} turns, final hash ${replay.finalHash}`);
  }
}
