/**
 * Re-simulates a replay against its scenario and says whether it holds: the
 * same check for the CLI's `verify` and the browser's "Check a replay".
 */
import { buildGame, scenarioHash } from '../scenario/build-game';
import type { ScenarioFile } from '../scenario/schema';
import { formatMonth, monthLabel } from '../sim/month';
import { verifyTurns } from '../sim/replay';
import { RULES_VERSION } from '../sim/rules-version';
import type { Order } from '../sim/types';
import type { ReplayFile } from './files';
import { parseSeed } from './seed-code';

export type ReplayCheck = { ok: true; message: string; finalHash: string } | { ok: false; message: string };

export function checkReplay(r: ReplayFile, scenario: ScenarioFile | undefined): ReplayCheck {
  if (r.rulesVersion !== RULES_VERSION)
    return { ok: false, message: `made with rules version ${r.rulesVersion}; this build plays rules version ${RULES_VERSION}, so it cannot re-simulate it` };
  if (!scenario) return { ok: false, message: `needs scenario "${r.scenario.id}", which is not available here` };
  const hash = scenarioHash(scenario);
  if (hash !== r.scenario.hash)
    return { ok: false, message: `needs scenario "${r.scenario.id}" with content hash ${r.scenario.hash}; the one found has ${hash} (it was edited)` };
  const seed = parseSeed(r.seed);
  if (!seed.ok) return { ok: false, message: `$.seed: ${seed.error}` };
  const start = buildGame(scenario, seed.seed);
  const result = verifyTurns(
    start,
    r.turns.map((t) => ({ orders: t.orders as Order[], hash: t.hash })),
  );
  if (!result.ok)
    return {
      ok: false,
      message: `turn ${result.turn + 1} (${monthLabel(start.startMonth + result.turn)}) differs: recorded ${result.expected}, re-simulated ${result.actual}`,
    };
  if (result.finalHash !== r.finalHash)
    return { ok: false, message: `every turn matches but $.finalHash ${r.finalHash} is not the final state's hash ${result.finalHash}` };
  return {
    ok: true,
    message: `verified ${r.turns.length} turns (${formatMonth(start.startMonth)} to ${formatMonth(start.endMonth)}), final hash ${result.finalHash}`,
    finalHash: result.finalHash,
  };
}
