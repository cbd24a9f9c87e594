/** Result codes for the tests of the class results: teams that played a shipped scenario with a policy, and codes altered after the game. */
import { loadScenario } from '../src/cli/scenario-files';
import { newGame } from '../src/scenario/build-game';
import { makeReplay, type ReplayFile } from '../src/share/files';
import { encodeResultCode, type ResultClaim } from '../src/share/result-code';
import { parseSeed } from '../src/share/seed-code';
import { hashState } from '../src/sim/hash';
import { scoreGame, type Score } from '../src/sim/metrics';
import { POLICIES, type PolicyName } from '../src/sim/policies';
import { ordersForTurn, playGame, resolveWholeTurn } from '../src/sim/replay';
import { RULES_VERSION } from '../src/sim/rules-version';
import type { ScenarioContent } from '../src/sim/content';
import type { Order } from '../src/sim/types';

export interface TeamGame {
  team: string;
  /** a policy plays every nation… */
  policy: PolicyName;
  seed: string;
  scenario?: string;
  /** …or this content (a class's compiled scenario) */
  content?: ScenarioContent;
  /** …and this may add to a month's orders (by turn) */
  extra?: (turn: number) => Order[];
}

export interface PlayedCode {
  code: string;
  replay: ReplayFile;
  score: Score;
}

/** Plays a team's game to its end and hands in its code, claiming the score it reached. */
export function teamCode(t: TeamGame): PlayedCode {
  const content = t.content ?? loadScenario(t.scenario ?? 'race-of-logistics').content;
  const seed = parseSeed(t.seed);
  if (!seed.ok) throw new Error(seed.error);
  const start = newGame(content, seed.seed);
  const all = start.nations.map((n) => n.id);
  const played = playGame(content, start, (s) => ordersForTurn(content, s, t.extra?.(s.turn) ?? [], POLICIES[t.policy], all));
  const replay = makeReplay({
    rulesVersion: RULES_VERSION,
    scenarioId: content.id,
    scenarioHash: content.hash,
    seed: seed.seed.code,
    turns: played.turns,
    finalHash: hashState(played.final),
  });
  const score = scoreGame(content, played.final);
  return { code: encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: t.team }), replay, score };
}

/** The same game handed in under another name (a copied code). */
export function renamed(p: PlayedCode, team: string): string {
  return encodeResultCode(p.replay, { score: p.score.score, outcome: p.score.outcome, team });
}

/** The code with one month's orders changed after the game (the recorded hashes kept): tampered with from that month. */
export function tampered(p: PlayedCode, team: string, turn: number, claim?: Partial<ResultClaim>): string {
  const turns = p.replay.turns.map((t, i) =>
    i === turn ? { ...t, orders: [...t.orders, { kind: 'drawdown' as const, actor: 'US', product: 'shell', amount: 100_000 }] } : t,
  );
  return encodeResultCode({ ...p.replay, turns }, { score: p.score.score, outcome: p.score.outcome, team, ...claim });
}

/**
 * A team of a class that played one nation in a scenario of long turns, as the class server records it: the team's
 * orders in each turn's first month (the policy's for its nation), the computer's for every other nation every month.
 */
export function nationTeamCode(t: { team: string; nation: string; policy: PolicyName; seed: string; scenario: string }): PlayedCode {
  const { content } = loadScenario(t.scenario);
  const seed = parseSeed(t.seed);
  if (!seed.ok) throw new Error(seed.error);
  const others = content.nations.map((n) => n.id).filter((id) => id !== t.nation);
  let s = newGame(content, seed.seed);
  const turns: { orders: Order[]; hash: string }[] = [];
  while (!s.finished) {
    const months = resolveWholeTurn(content, s, POLICIES[t.policy](content, s, [t.nation]), {
      policy: POLICIES.historical,
      policyNations: others,
      explain: false,
    });
    for (const m of months) turns.push({ orders: m.orders, hash: m.hash });
    s = months.at(-1)!.state;
  }
  const replay = makeReplay({
    rulesVersion: RULES_VERSION,
    scenarioId: content.id,
    scenarioHash: content.hash,
    seed: seed.seed.code,
    turns,
    finalHash: hashState(s),
  });
  const score = scoreGame(content, s);
  return { code: encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: t.team }, { played: [t.nation] }), replay, score };
}
