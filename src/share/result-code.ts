/**
 * Result codes: what a student hands in. A replay of the whole game plus the
 * score it claims, deflated (fflate) and written in base64url after a version
 * prefix. A trainer's check re-simulates it, so a claimed score can be trusted.
 */
import { z } from 'zod';
import { jsonPath, type Problem } from '../scenario/validate';
import type { ScenarioContent } from '../sim/content';
import { scoreGame } from '../sim/metrics';
import type { GameState } from '../sim/types';
import { checkReplay, type ReplayCheck } from './check-replay';
import { notesSchema, readReplayValue, type ReplayFile } from './files';
import { pack, unpack } from './packed';

import { MAX_RESULT_CODE_CHARS, MAX_UNPACKED_BYTES, RESULT_PREFIX, RESULT_PREFIXES } from './result-code-format';

export { isResultCode, RESULT_PREFIX } from './result-code-format';

const claimSchema = z.strictObject({ score: z.int().min(0).max(100), outcome: z.enum(['victory', 'defeat']), team: z.string().max(80) });
/**
 * What the players add that the replay does not prove: their reason for each turn and the nations
 * they gave orders for (the policy played the rest), both for the after-action review. Optional:
 * codes made before them read as before.
 */
const remarksSchema = {
  notes: notesSchema.optional(),
  played: z.array(z.string().min(1).max(64)).max(64).optional().describe('the nations the team gave orders for; every nation when missing'),
  branch: z
    .strictObject({ from: z.string().regex(/^[0-9a-f]{14}$/), months: z.int().min(0).max(240) })
    .optional()
    .describe('a game branched from a replay: the final hash of the game it left and the months of it kept'),
};
/** The replay inside is checked by its own (versioned) schema, so a version-1 code migrates like a version-1 file. */
const resultSchema = z.strictObject({ replay: z.unknown(), claim: claimSchema, ...remarksSchema });
export type ResultClaim = z.infer<typeof claimSchema>;
export interface ResultRemarks {
  notes?: string[];
  played?: string[];
  branch?: { from: string; months: number };
}

export function encodeResultCode(replay: ReplayFile, claim: ResultClaim, remarks: ResultRemarks = {}): string {
  return pack(RESULT_PREFIX, {
    replay,
    claim,
    ...(remarks.notes?.length ? { notes: remarks.notes } : {}),
    ...(remarks.played ? { played: remarks.played } : {}),
    ...(remarks.branch ? { branch: remarks.branch } : {}),
  });
}

export function decodeResultCode(
  code: string,
): { ok: true; replay: ReplayFile; claim: ResultClaim; remarks: ResultRemarks } | { ok: false; problems: Problem[] } {
  if (code.length > MAX_RESULT_CODE_CHARS) return { ok: false, problems: [{ path: '$', message: `too long for a result code (${code.length} characters)` }] };
  const body = code.trim().replace(/\s+/g, '');
  const prefix = RESULT_PREFIXES.find((p) => body.startsWith(p));
  if (!prefix) return { ok: false, problems: [{ path: '$', message: `a result code starts with ${RESULT_PREFIX}` }] };
  const unpacked = unpack(body.slice(prefix.length), MAX_UNPACKED_BYTES);
  if (!unpacked.ok) return { ok: false, problems: [{ path: '$', message: unpacked.tooLarge ? unpacked.problem : `the code is ${unpacked.problem}` }] };
  const parsed = resultSchema.safeParse(unpacked.value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
  const replay = readReplayValue(parsed.data.replay);
  if (!replay.ok) return { ok: false, problems: replay.problems.map((p) => ({ path: p.path.replace(/^\$/, '$.replay'), message: p.message })) };
  const { notes, played, branch } = parsed.data;
  return {
    ok: true,
    replay: replay.value,
    claim: parsed.data.claim,
    remarks: { ...(notes ? { notes } : {}), ...(played ? { played } : {}), ...(branch ? { branch } : {}) },
  };
}

/** Re-simulates a result code and compares the score it claims with the one the game gives. */
export function checkResultCode(code: string, contents: readonly ScenarioContent[]): ReplayCheck & { title?: string } {
  const decoded = decodeResultCode(code);
  if (!decoded.ok) return { ok: false, message: decoded.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  const { replay, claim } = decoded;
  const content = contents.find((s) => s.id === replay.scenario.id && s.hash === replay.scenario.hash) ?? contents.find((s) => s.id === replay.scenario.id);
  // The state the check ends on is the game's final state: scored from there, the game is played once, not twice.
  let final: GameState | undefined;
  const check = checkReplay(replay, content, (state) => (final = state));
  if (!check.ok) return check;
  if (!content || !final) return { ok: false, message: 'the game has no turns to score' };
  const score = scoreGame(content, final);
  if (score.score !== claim.score || score.outcome !== claim.outcome)
    return { ok: false, message: `claims ${claim.score}/100 (${claim.outcome}) but the game re-simulates to ${score.score}/100 (${score.outcome})` };
  const branch = decoded.remarks.branch;
  const branched = branch ? ` (branched after month ${branch.months} of game ${branch.from})` : '';
  return {
    ok: true,
    message: `${claim.team || 'this team'}: ${score.score}/100, ${score.outcome}, grade ${score.grade} on ${content.title}, seed ${replay.seed}${branched}; ${check.message}`,
    finalHash: check.finalHash,
  };
}
