/**
 * Result codes: what a student hands in. A replay of the whole game plus the
 * score it claims, deflated (fflate) and written in base64url after a version
 * prefix. A trainer's check re-simulates it, so a claimed score can be trusted.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import type { ScenarioFile } from '../scenario/schema';
import { buildGame } from '../scenario/build-game';
import { jsonPath, type Problem } from '../scenario/validate';
import { scoreGame } from '../sim/metrics';
import { replayTurns } from '../sim/replay';
import type { Order } from '../sim/types';
import { checkReplay, type ReplayCheck } from './check-replay';
import { replayFileSchema, type ReplayFile } from './files';
import { parseSeed } from './seed-code';

import { RESULT_PREFIX } from './result-code-format';

export { isResultCode, RESULT_PREFIX } from './result-code-format';

const claimSchema = z.strictObject({ score: z.int().min(0).max(100), outcome: z.enum(['victory', 'defeat']), team: z.string().max(80) });
const resultSchema = z.strictObject({ replay: replayFileSchema, claim: claimSchema });
export type ResultClaim = z.infer<typeof claimSchema>;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeResultCode(replay: ReplayFile, claim: ResultClaim): string {
  return RESULT_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify({ replay, claim })), { level: 9 }));
}

export function decodeResultCode(code: string): { ok: true; replay: ReplayFile; claim: ResultClaim } | { ok: false; problems: Problem[] } {
  const body = code.trim().replace(/\s+/g, '');
  if (!body.startsWith(RESULT_PREFIX)) return { ok: false, problems: [{ path: '$', message: `a result code starts with ${RESULT_PREFIX}` }] };
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(inflateSync(fromBase64Url(body.slice(RESULT_PREFIX.length)))));
  } catch {
    return { ok: false, problems: [{ path: '$', message: 'the code is cut short or mistyped: it does not unpack' }] };
  }
  const parsed = resultSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
  return { ok: true, replay: parsed.data.replay, claim: parsed.data.claim };
}

/** Re-simulates a result code and compares the score it claims with the one the game gives. */
export function checkResultCode(code: string, scenarios: readonly ScenarioFile[]): ReplayCheck {
  const decoded = decodeResultCode(code);
  if (!decoded.ok) return { ok: false, message: decoded.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  const { replay, claim } = decoded;
  const scenario = scenarios.find((s) => s.id === replay.scenario.id);
  const check = checkReplay(replay, scenario);
  if (!check.ok) return check;
  const seed = parseSeed(replay.seed);
  if (!seed.ok || !scenario) return { ok: false, message: 'the seed does not check out' };
  const final = replayTurns(
    buildGame(scenario, seed.seed),
    replay.turns.map((t) => t.orders as Order[]),
  );
  const score = scoreGame(final);
  if (score.score !== claim.score || score.outcome !== claim.outcome)
    return { ok: false, message: `claims ${claim.score}/100 (${claim.outcome}) but the game re-simulates to ${score.score}/100 (${score.outcome})` };
  return {
    ok: true,
    message: `${claim.team || 'this team'}: ${score.score}/100, ${score.outcome}, grade ${score.grade} on ${scenario.title}, seed ${replay.seed}; ${check.message}`,
    finalHash: check.finalHash,
  };
}
