/**
 * Verifies one submission for the results table: unpacks it (a result code or
 * a replay file), re-simulates it month by month against its scenario, and
 * either returns the team with its figures or refuses it with the reason. The
 * game is played once: the months' figures are gathered while the check runs.
 */
import { newGame } from '../../scenario/build-game';
import { nationSpec, type ScenarioContent } from '../../sim/content';
import { scoreGame } from '../../sim/metrics';
import { RULES_VERSION } from '../../sim/rules-version';
import { averageFireRatioBp } from '../../sim/score';
import type { GameState } from '../../sim/types';
import { objectivePoints } from '../objective-points';
import { checkReplay } from '../check-replay';
import { parseReplayFile, type ReplayFile } from '../files';
import { decodeResultCode, type ResultClaim, type ResultRemarks } from '../result-code';
import { isResultCode } from '../result-code-format';
import { parseSeed } from '../seed-code';
import { unnamedTeam } from '../text/results';
import { monthLedger } from './money-spent';
import type { Submission } from './submissions';
import type { MonthFigures, Refusal, TeamResult, Verdict } from './verdict';

/**
 * The scenario a game names, by id: the shipped one, or the trainer's own file. Given the hash the game carries, so
 * a class run live (its facilitated twin: class-file.ts, asRunLive) is found beside the class as written.
 */
export type ContentFor = (scenarioId: string, hash: string) => ScenarioContent | undefined;

/** A problem of the whole code is said without its path: "$" means nothing to a trainer (play-test: "$: the code is cut short"). */
const problemsText = (problems: readonly { path: string; message: string }[]) =>
  problems
    .slice(0, 3)
    .map((p) => (p.path === '$' ? p.message : `${p.path}: ${p.message}`))
    .join('; ') + (problems.length > 3 ? ` … and ${problems.length - 3} more` : '');

/** The game inside a submission, and the claim a result code makes (a replay file claims nothing). */
function unpack(sub: Submission): { ok: true; replay: ReplayFile; claim?: ResultClaim; remarks?: ResultRemarks } | { ok: false; refusal: Refusal } {
  if (isResultCode(sub.text)) {
    const decoded = decodeResultCode(sub.text);
    return decoded.ok ? decoded : { ok: false, refusal: { kind: 'unreadable', problems: problemsText(decoded.problems) } };
  }
  const parsed = parseReplayFile(sub.text);
  return parsed.ok ? { ok: true, replay: parsed.value } : { ok: false, refusal: { kind: 'unreadable', problems: problemsText(parsed.problems) } };
}

/** A seed as the game writes it ("race-2o23-x" is RACE-2023-X): the same seed always groups together. */
export function seedCode(text: string): string {
  const seed = parseSeed(text);
  return seed.ok ? seed.seed.code : text;
}

/** Re-plays the game, gathering every month's figures as its record is checked. */
function replayMonths(replay: ReplayFile, content: ScenarioContent): { ok: true; final: GameState; months: MonthFigures[] } | { ok: false; refusal: Refusal } {
  const seed = parseSeed(replay.seed);
  const months: MonthFigures[] = [];
  let before = seed.ok ? newGame(content, seed.seed) : undefined;
  const check = checkReplay(replay, content, (after, summary) => {
    months.push({
      month: summary.month,
      russianGainKm2: summary.russianGainKm2,
      fireRatioBp: summary.fireRatioBp,
      natoArtillery: summary.natoArtillery,
      ukraineArtillery: summary.ukraineArtillery,
      spentEur: monthLedger(content, before!, after).spentEur,
    });
    before = after;
  });
  if (!check.ok)
    return { ok: false, refusal: check.differs ? { kind: 'tampered', month: check.differs.month } : { kind: 'doesNotHold', detail: check.message } };
  return { ok: true, final: before!, months };
}

function teamResult(content: ScenarioContent, replay: ReplayFile, team: string, final: GameState, months: MonthFigures[]): TeamResult {
  const score = scoreGame(content, final);
  const points = objectivePoints(score.objectives);
  return {
    team,
    scenarioId: content.id,
    scenarioTitle: content.title,
    seed: seedCode(replay.seed),
    score: score.score,
    grade: score.grade,
    outcome: score.outcome,
    objectives: score.objectives.map((o, i) => ({ id: o.id, kind: content.objectives[i]!.kind, points: points[i]!, weight: o.weight })),
    russianGainKm2: final.tally.russianGainKm2,
    avgFireRatioBp: averageFireRatioBp(final),
    spentEur: months.reduce((sum, m) => sum + m.spentEur, 0),
    months,
    turns: replay.turns,
    gameKey: replay.turns.map((t) => t.hash).join(''),
  };
}

export function verifySubmission(sub: Submission, contentFor: ContentFor): Verdict {
  const unpacked = unpack(sub);
  if (!unpacked.ok) return { source: sub.source, ok: false, refusal: unpacked.refusal };
  const { replay, claim, remarks } = unpacked;
  // A replay file claims no team: it is named by its file.
  const team = claim ? claim.team.trim() || unnamedTeam(sub.source) : sub.source;
  const refuse = (refusal: Refusal): Verdict => ({ source: sub.source, ok: false, refusal, team, scenarioId: replay.scenario.id, seed: seedCode(replay.seed) });
  // Under other rules the game would neither verify nor prove tampering: it is not re-simulated.
  if (replay.rulesVersion !== RULES_VERSION) return refuse({ kind: 'otherRules', madeWith: replay.rulesVersion });
  const content = contentFor(replay.scenario.id, replay.scenario.hash);
  if (!content) return refuse({ kind: 'missingScenario', scenarioId: replay.scenario.id });
  if (content.hash !== replay.scenario.hash) return refuse({ kind: 'editedScenario', detail: checkReplay(replay, content).message });
  const played = replayMonths(replay, content);
  if (!played.ok) return refuse(played.refusal);
  const result: TeamResult = { ...teamResult(content, replay, team, played.final, played.months), ...remarks };
  if (claim && !claim.team.trim()) result.unnamed = true;
  // A coordinator played every nation: its names are left out, and the table says "every nation".
  if (result.played && content.nations.some((n) => !result.played!.includes(n.id)))
    result.playedNames = result.played.map((id) => nationSpec(content, id)?.name ?? id);
  if (claim && (claim.score !== result.score || claim.outcome !== result.outcome))
    return refuse({ kind: 'claimDiffers', claimed: claim.score, claimedOutcome: claim.outcome, score: result.score, outcome: result.outcome });
  return { source: sub.source, ok: true, result };
}
