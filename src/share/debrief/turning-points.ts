/**
 * The months a debrief turns on, read from the game's own reports: when
 * Ukraine first ran short of shells, the worst month at the front, and the
 * month the players drew deepest below their readiness floors.
 */
import { nationSpec, productsWithRole, type ScenarioContent } from '../../sim/content';
import { rateAt } from '../../sim/resolve/russia';
import type { TurnReport } from '../../sim/report';
import type { GameState } from '../../sim/types';
import type { FinishedGame } from './finished-game';

/** What Ukraine fired in a month against what its doctrine wanted, in reference rounds. */
export interface UkraineFire {
  turn: number;
  month: number;
  fired: number;
  demand: number;
  /** its stock at the month's end */
  left: number;
}

/** The month's fire from its report: the stock entry when the report was explained, its summary otherwise. */
export function ukraineFireOf(c: ScenarioContent, report: TurnReport): UkraineFire {
  const entry = report.entries.find((e) => e.message.id === 'front.fired');
  if (entry?.message.id === 'front.fired') {
    const p = entry.message.params;
    return { turn: report.turn, month: report.month, fired: p.fired, demand: p.demand, left: p.left };
  }
  const s = report.summary;
  return { turn: report.turn, month: report.month, fired: s.ukraineFired, demand: rateAt(c.ukraine.fireDemandPath, report.month), left: s.ukraineArtillery };
}

/** The first month Ukraine fired less than its doctrine wanted, or null when it never ran short. */
export function firstShortage(game: FinishedGame): UkraineFire | null {
  for (const m of game.months) {
    const fire = ukraineFireOf(game.content, m.report);
    if (fire.fired < fire.demand) return fire;
  }
  return null;
}

/** Months Ukraine ran short, and the rounds it went without over the game. */
export function shortfall(game: FinishedGame): { months: number; rounds: number } {
  let months = 0;
  let rounds = 0;
  for (const m of game.months) {
    const fire = ukraineFireOf(game.content, m.report);
    if (fire.fired >= fire.demand) continue;
    months++;
    rounds += fire.demand - fire.fired;
  }
  return { months, rounds };
}

/** The month Russia gained most ground (the first of equals), or null for a game with no month played. */
export function worstMonth(game: FinishedGame): TurnReport | null {
  let worst: TurnReport | null = null;
  for (const m of game.months) if (!worst || m.report.summary.russianGainKm2 > worst.summary.russianGainKm2) worst = m.report;
  return worst;
}

/** Artillery (in each product's own units) the players' nations hold above their readiness floors. */
export function spareAboveFloors(c: ScenarioContent, s: GameState, nations: readonly string[]): { nation: string; product: string; spare: number }[] {
  const out: { nation: string; product: string; spare: number }[] = [];
  for (const n of s.nations) {
    if (!nations.includes(n.id)) continue;
    const floor = nationSpec(c, n.id)!.readinessFloor;
    for (const p of productsWithRole(c, 'artillery')) {
      const spare = n.stock[p.id]! - floor[p.id]!;
      if (spare > 0) out.push({ nation: n.id, product: p.id, spare });
    }
  }
  return out.sort((a, b) => b.spare - a.spare || (a.nation < b.nation ? -1 : a.nation > b.nation ? 1 : 0));
}

/** A drawdown the players made below a readiness floor. */
export interface FloorBreach {
  turn: number;
  month: number;
  nation: string;
  product: string;
  belowFloor: number;
}

/** Every drawdown below a readiness floor the players' nations made, in the order made. */
export function floorBreaches(game: FinishedGame): FloorBreach[] {
  const out: FloorBreach[] = [];
  for (const m of game.months) {
    for (const r of m.report.orders) {
      if (!r.ok || r.message.id !== 'drawdown.sent' || r.message.params.belowFloor <= 0) continue;
      if (!game.humanNations.includes(r.message.params.nation)) continue;
      const p = r.message.params;
      out.push({ turn: m.report.turn, month: m.report.month, nation: p.nation, product: p.product, belowFloor: p.belowFloor });
    }
  }
  return out;
}

/** The turn the players drew most below their floors, or -1 when they never did. */
export function deepestBreachTurn(breaches: readonly FloorBreach[]): number {
  const byTurn = new Map<number, number>();
  for (const b of breaches) byTurn.set(b.turn, (byTurn.get(b.turn) ?? 0) + b.belowFloor);
  let best = -1;
  for (const [turn, units] of byTurn) if (best < 0 || units > byTurn.get(best)!) best = turn;
  return best;
}
