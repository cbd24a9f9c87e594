/**
 * What went wrong: each objective that lost points, with the cause chain the
 * game's own reports record (Ukraine ran short while stocks stayed above
 * their floors; an ally drew below its floor; a request was missed …), the
 * largest loss first. Data only: src/share/text/debrief.ts says it in English.
 */
import type { ObjectiveKind, ScenarioContent } from '../../sim/content';
import { belowReadinessFloor, type ObjectiveResult, type Score } from '../../sim/score';
import type { GameState, ProductId } from '../../sim/types';
import { objectivePointsLost } from '../objective-points';
import type { Metrics } from '../../sim/metrics';
import type { ReplayedGame } from './finished-game';
import { firstShortage, floorBreaches, shortfall, spareAboveFloors, worstMonth, type FloorBreach, type UkraineFire } from './turning-points';
import { againstHistory, type HistoryRow } from './against-history';

/** Ground and fire: why Ukraine's guns were outgunned. */
export interface ShortageLesson {
  kind: 'shortage';
  pointsLost: number;
  /** the first month Ukraine ran short, or null when it never did */
  first: UkraineFire | null;
  /** the players' nations' artillery above their readiness floors at the end of that month */
  spare: { nation: string; product: ProductId; spare: number }[];
  short: { months: number; rounds: number };
  worst: { month: number; gainKm2: number; ratioBp: number } | null;
  /** months Russian aviation added to its fire because Ukraine's air defence ran low */
  airMonths: number;
}

export interface ReadinessLesson {
  kind: 'readiness';
  pointsLost: number;
  /** nations below a readiness floor at the end */
  below: string[];
  /** the players' drawdowns below the floor of those nations */
  breaches: FloorBreach[];
}

export interface RequestsLesson {
  kind: 'requests';
  pointsLost: number;
  met: number;
  target: number;
  /** requests not met: missed, or still open when the game ended */
  unmet: { product: ProductId; amount: number; received: number; byMonth: number; open: boolean }[];
}

export interface CohesionLesson {
  kind: 'cohesion';
  pointsLost: number;
  valueBp: number;
  targetBp: number;
  /** cohesion lost to missed requests */
  missedRequestsBp: number;
}

export interface DebtLesson {
  kind: 'debt';
  pointsLost: number;
  debts: { nation: string; debtEur: number }[];
}

export interface OutproduceLesson {
  kind: 'outproduce';
  pointsLost: number;
  /** NATO's best month against Russia's new lines that month (the objective's count), and all Russia had that month */
  best: { month: number; nato: number; russia: number; russiaAll: number } | null;
}

/** Where the allies' own course on the same seed did better. */
export interface BehindHistoryLesson {
  kind: 'behindHistory';
  pointsLost: 0;
  rows: HistoryRow[];
}

export type WrongLesson = ShortageLesson | ReadinessLesson | RequestsLesson | CohesionLesson | DebtLesson | OutproduceLesson | BehindHistoryLesson;
type ObjectiveLesson = Exclude<WrongLesson, BehindHistoryLesson>;

const LESSON_OF: Record<ObjectiveKind, ObjectiveLesson['kind']> = {
  territoryLostMax: 'shortage',
  avgFireRatioMax: 'shortage',
  readinessKept: 'readiness',
  requestsMet: 'requests',
  cohesionMin: 'cohesion',
  noDebt: 'debt',
  outproduceRussia: 'outproduce',
};

function shortage(game: ReplayedGame, lost: number): ShortageLesson {
  const first = firstShortage(game);
  const worst = worstMonth(game);
  const airMonths = game.months.filter((m) => m.report.entries.some((e) => e.message.id === 'front.air')).length;
  return {
    kind: 'shortage',
    pointsLost: lost,
    first,
    spare: first ? spareAboveFloors(game.content, game.states[first.turn + 1]!, game.humanNations) : [],
    short: shortfall(game),
    worst: worst ? { month: worst.month, gainKm2: worst.summary.russianGainKm2, ratioBp: worst.summary.fireRatioBp } : null,
    airMonths,
  };
}

function readiness(c: ScenarioContent, game: ReplayedGame, final: GameState, lost: number): ReadinessLesson {
  const below = final.nations.filter((n) => belowReadinessFloor(c, n)).map((n) => n.id);
  return { kind: 'readiness', pointsLost: lost, below, breaches: floorBreaches(game).filter((b) => below.includes(b.nation)) };
}

function requests(final: GameState, o: ObjectiveResult, lost: number): RequestsLesson {
  const unmet = final.requests
    .filter((r) => r.status !== 'met')
    .map((r) => ({ product: r.product, amount: r.amount, received: r.received, byMonth: r.byMonth, open: r.status === 'open' }));
  return { kind: 'requests', pointsLost: lost, met: o.value, target: o.target, unmet };
}

function cohesion(game: ReplayedGame, o: ObjectiveResult, lost: number): CohesionLesson {
  let missedRequestsBp = 0;
  for (const m of game.months)
    for (const e of m.report.entries) if (e.message.id === 'politics.request' && !e.message.params.met) missedRequestsBp -= e.message.params.cohesionBp;
  return { kind: 'cohesion', pointsLost: lost, valueBp: o.value, targetBp: o.target, missedRequestsBp };
}

function outproduce(game: ReplayedGame, lost: number): OutproduceLesson {
  let best: OutproduceLesson['best'] = null;
  for (const m of game.months) {
    const s = m.report.summary;
    if (!best || s.natoArtillery * Math.max(1, best.russia) > best.nato * Math.max(1, s.russiaNewShells))
      best = { month: s.month, nato: s.natoArtillery, russia: s.russiaNewShells, russiaAll: s.russiaShells + s.russiaImports };
  }
  return { kind: 'outproduce', pointsLost: lost, best };
}

function lessonFor(game: ReplayedGame, kind: ObjectiveLesson['kind'], objectives: ObjectiveResult[], lost: number): ObjectiveLesson {
  const c = game.content;
  const final = game.states.at(-1)!;
  const o = objectives[0]!;
  switch (kind) {
    case 'shortage':
      return shortage(game, lost);
    case 'readiness':
      return readiness(c, game, final, lost);
    case 'requests':
      return requests(final, o, lost);
    case 'cohesion':
      return cohesion(game, o, lost);
    case 'debt':
      return { kind, pointsLost: lost, debts: final.nations.filter((n) => n.debtEur > 0).map((n) => ({ nation: n.id, debtEur: n.debtEur })) };
    case 'outproduce':
      return outproduce(game, lost);
  }
}

/**
 * Every objective that lost points, grouped by cause (ground and fire ratio share one), the
 * largest loss first; then where the allies' own course did better, when it is known.
 */
export function wentWrong(game: ReplayedGame, score: Score, history: { mine: Metrics; theirs: Metrics | null }): WrongLesson[] {
  const groups = new Map<ObjectiveLesson['kind'], ObjectiveResult[]>();
  const lost = new Map(objectivePointsLost(score.objectives).map((x, i) => [score.objectives[i]!, x]));
  const pointsLost = (o: ObjectiveResult) => lost.get(o) ?? 0;
  for (const o of score.objectives) {
    const spec = game.content.objectives.find((x) => x.id === o.id);
    if (!spec || pointsLost(o) === 0) continue;
    const kind = LESSON_OF[spec.kind];
    groups.set(kind, [...(groups.get(kind) ?? []), o]);
  }
  const lessons = [...groups].map(([kind, objectives]) =>
    lessonFor(
      game,
      kind,
      objectives,
      objectives.reduce((sum, o) => sum + pointsLost(o), 0),
    ),
  );
  const worse = history.theirs ? againstHistory(history.mine, history.theirs).worse : [];
  return [
    ...lessons.sort((a, b) => b.pointsLost - a.pointsLost),
    ...(worse.length ? [{ kind: 'behindHistory' as const, pointsLost: 0 as const, rows: worse }] : []),
  ];
}
