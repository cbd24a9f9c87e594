/**
 * The turn resolver: a pure function of (state, orders). It copies the state
 * once, runs the phases below in this fixed order on the copy, and returns the
 * new state with a report of every change and its causes.
 *
 *  1. orders        resolve/orders.ts        player and AI orders, in the order given
 *  2. budget        resolve/budget.ts        monthly funds, overtime premiums
 *  3. construction  resolve/construction.ts  plants, reactivations, shifts; slips; labour
 *  4. industry      resolve/industry.ts      output within capacity and inputs; upkeep
 *  5. deliveries    resolve/deliveries.ts    output to contracts in queue order; payments
 *  6. russia        resolve/russia.ts        production, imports
 *  7. front         resolve/front.ts         fire, air, ratios, territory, losses
 *  8. politics      resolve/politics.ts      support, capital, elections, freezes, requests
 *  9. score         score.ts + tally         milestones
 * 10. next month    resolve/events.ts        the new month's events (news for the next decisions)
 */
import { copyState } from './copy-state';
import { ratioBp } from './int-math';
import { ReportBuilder, type OrderResult, type TurnReport } from './report';
import { resolveBudget } from './resolve/budget';
import { resolveConstruction } from './resolve/construction';
import type { PhaseContext } from './resolve/context';
import { resolveDeliveries } from './resolve/deliveries';
import { drawDecks, resolveEvents } from './resolve/events';
import { resolveFront } from './resolve/front';
import { NORTH_AMERICA, resolveIndustry } from './resolve/industry';
import { applyOrder } from './resolve/orders';
import { resolvePolitics } from './resolve/politics';
import { resolveRussia } from './resolve/russia';
import type { GameState, Order } from './types';

export interface ResolveOptions {
  /** build the report's entries (default true); batch runs turn it off for speed */
  explain?: boolean;
}

export { copyState };

/** Applies orders to a copy without resolving the month: what the player sees while deciding. */
export function previewOrders(state: GameState, orders: readonly Order[]): { state: GameState; results: OrderResult[] } {
  const s = copyState(state);
  const results = orders.map((o) => applyOrder(s, o));
  return { state: s, results };
}

export function resolveTurn(state: GameState, orders: readonly Order[], options: ResolveOptions = {}): { state: GameState; report: TurnReport } {
  const s = copyState(state);
  const report = new ReportBuilder(options.explain !== false);
  const ctx: PhaseContext = { report, output: new Map(), toUkraine: [] };
  const turn = s.turn;
  const month = s.month;

  const results = orders.map((o) => applyOrder(s, o));
  if (s.finished) return { state: s, report: { turn, month, orders: results, entries: [], summary: summarise(s) } };
  if (report.on)
    results.forEach((res, i) => {
      const id = report.add({ id: `order:${i}`, kind: 'order', subject: res.order.kind, text: res.reason, delta: 0, causes: [] });
      if (res.ok && res.order.kind === 'drawdown') ctx.toUkraine.push(id);
    });

  resolveBudget(s, report);
  resolveConstruction(s, ctx);
  resolveIndustry(s, ctx);
  resolveDeliveries(s, ctx);
  resolveRussia(s, ctx);
  resolveFront(s, ctx);
  resolvePolitics(s, ctx);
  if (s.tally.outproducedMonth === -1 && s.tally.natoShellsLastMonth > s.tally.russiaShellsLastMonth) s.tally.outproducedMonth = s.month;
  const summary = summarise(s);

  s.turn++;
  s.month++;
  s.offersThisTurn = {};
  if (s.month > s.endMonth) s.finished = true;
  else resolveEvents(s, report);
  return { state: s, report: { turn, month, orders: results, entries: report.entries, summary } };
}

function summarise(s: GameState): TurnReport['summary'] {
  let ruFire = 0;
  let uaFire = 0;
  let gain = 0;
  for (const sec of s.sectors) {
    ruFire += sec.lastRussianFire;
    uaFire += sec.lastUkrainianFire;
    gain += sec.lastGainKm2;
  }
  return {
    month: s.month,
    natoShells: s.tally.natoShellsLastMonth,
    northAmericaShells: s.tally.northAmericaShellsLastMonth,
    europeCapacityPerYear: s.lines.reduce(
      (sum, l) => (l.status === 'running' && l.product === 'shell' && !NORTH_AMERICA.includes(l.nationId) ? sum + l.capacityPerShift * l.shifts * 12 : sum),
      0,
    ),
    stingersMade: s.tally.stingersLastMonth,
    russiaShells: s.tally.russiaShellsLastMonth,
    ukraineFired: uaFire,
    russiaFired: ruFire,
    fireRatioBp: ratioBp(ruFire, Math.max(1, uaFire)),
    russianGainKm2: gain,
    ukraineStock: s.ukraine.stock.shell,
    escalationBp: s.politics.escalationBp,
    cohesionBp: s.politics.cohesionBp,
  };
}

/** Fires the first month's events on a freshly built state: the news of the opening briefing. */
export function startGame(state: GameState): { state: GameState; entries: TurnReport['entries'] } {
  const s = copyState(state);
  const report = new ReportBuilder(true);
  drawDecks(s);
  resolveEvents(s, report);
  return { state: s, entries: report.entries };
}
