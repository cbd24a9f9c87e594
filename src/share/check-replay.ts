/**
 * Re-simulates a replay against its scenario and says whether it holds: the
 * same check for the CLI's `verify`, the browser's "Check a replay" and result
 * codes. A replay made under other rules is answered with both versions and
 * never re-simulated: under other rules it would neither verify nor prove
 * tampering.
 */
import { newGame } from '../scenario/build-game';
import type { ScenarioContent } from '../sim/content';
import { formatMonth, monthLabel } from '../sim/month';
import { verifyTurns, type TurnWatcher } from '../sim/replay';
import { RULES_VERSION } from '../sim/rules-version';
import type { ReplayFile } from './files';
import { parseSeed } from './seed-code';

/** A failure says what it is as data too: made under other rules, or the first turn whose state differs from the record (tampering). */
export type ReplayCheck =
  { ok: true; message: string; finalHash: string } | { ok: false; message: string; otherRules?: boolean; differs?: { turn: number; month: number } };

/** The answer to anything made under other rules: both versions, and what to do. */
export function otherRulesMessage(what: string, madeWith: number): string {
  const which = madeWith < RULES_VERSION ? 'an older' : 'a newer';
  return `this ${what} was made with rules version ${madeWith}; this game plays rules version ${RULES_VERSION}. It is not re-simulated under other rules: open it with ${which} build of the game (rules version ${madeWith}).`;
}

/** `watch` sees every turn that matched its record, as it is re-played. */
export function checkReplay(r: ReplayFile, content: ScenarioContent | undefined, watch?: TurnWatcher): ReplayCheck {
  if (r.rulesVersion !== RULES_VERSION) return { ok: false, message: otherRulesMessage('replay', r.rulesVersion), otherRules: true };
  if (!content) return { ok: false, message: `needs scenario "${r.scenario.id}", which is not available here` };
  if (content.hash !== r.scenario.hash)
    return {
      ok: false,
      message: `needs scenario "${r.scenario.id}" with content hash ${r.scenario.hash}; the one found has ${content.hash} (its rules or figures were edited)`,
    };
  const seed = parseSeed(r.seed);
  if (!seed.ok) return { ok: false, message: `$.seed: ${seed.error}` };
  const start = newGame(content, seed.seed);
  const result = verifyTurns(content, start, r.turns, watch);
  if (!result.ok)
    return {
      ok: false,
      message: `month ${result.turn + 1} (${monthLabel(content.startMonth + result.turn)}) differs: recorded ${result.expected}, re-simulated ${result.actual}`,
      differs: { turn: result.turn, month: content.startMonth + result.turn },
    };
  if (result.finalHash !== r.finalHash)
    return { ok: false, message: `every month matches but $.finalHash ${r.finalHash} is not the final state's hash ${result.finalHash}` };
  return {
    ok: true,
    message: `verified ${r.turns.length} months (${formatMonth(content.startMonth)} to ${formatMonth(content.endMonth)}), final hash ${result.finalHash}`,
    finalHash: result.finalHash,
  };
}
