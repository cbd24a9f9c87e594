/**
 * The turn resolver: a pure function of (content, state, orders). It copies
 * the state once, runs the phases below in this fixed order on the copy, and
 * returns the new state with a report of every change and its causes. The
 * content is read-only and shared; it is never copied.
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
import { productSpec, type ScenarioContent } from './content';
import { copyState } from './copy-state';
import { applyBp, ratioBp } from './int-math';
import { ReportBuilder, type OrderResult, type TurnReport } from './report';
import { resolveBudget } from './resolve/budget';
import { resolveConstruction } from './resolve/construction';
import { FirmProductMap, type PhaseContext } from './resolve/context';
import { resolveDeliveries } from './resolve/deliveries';
import { drawDecks, drawWar, resolveEvents } from './resolve/events';
import { reportUkraineStock, resolveFront, ukraineArtillery } from './resolve/front';
import { regionOf, resolveIndustry } from './resolve/industry';
import { applyOrder } from './resolve/orders';
import { resolvePolitics } from './resolve/politics';
import { linkProductionCauses } from './resolve/production-causes';
import { resolveRussia } from './resolve/russia';
import { resolveDoctrine } from './resolve/doctrine';
import { reportPathChanges } from './resolve/scripted';
import type { GameState, Order } from './types';

export interface ResolveOptions {
  /** build the report's entries (default true); batch runs turn it off for speed */
  explain?: boolean;
}

export { copyState };

/** Applies orders to a copy without resolving the month: what the player sees while deciding. */
export function previewOrders(c: ScenarioContent, state: GameState, orders: readonly Order[]): { state: GameState; results: OrderResult[] } {
  const s = copyState(state);
  const results = orders.map((o) => applyOrder(c, s, o));
  return { state: s, results };
}

/**
 * What the resolver will answer to `order` when it is given after `pending`:
 * phase 1 applies a month's orders in the order given, so the forecast applies
 * the pending orders first, then this one, with the same rules (for an offer,
 * the firm's own decision on the state those orders leave).
 */
export function forecastOrder(c: ScenarioContent, state: GameState, pending: readonly Order[], order: Order): OrderResult {
  return previewOrders(c, state, [...pending, order]).results.at(-1)!;
}

export function resolveTurn(
  c: ScenarioContent,
  state: GameState,
  orders: readonly Order[],
  options: ResolveOptions = {},
): { state: GameState; report: TurnReport } {
  const s = copyState(state);
  const report = new ReportBuilder(options.explain !== false);
  const ctx: PhaseContext = {
    content: c,
    state: s,
    report,
    output: new FirmProductMap(),
    toUkraine: [],
    made: [],
    orderEntries: [],
    pathChanges: new Set(),
    ukraineAtStart: ukraineArtillery({ content: c, state: s }),
    ukraineFire: { fired: 0, demand: 0 },
  };
  const turn = s.turn;
  const month = s.month;

  const results = orders.map((o) => applyOrder(c, s, o));
  if (s.finished) return { state: s, report: { turn, month, orders: results, entries: [], summary: summarise(c, s) } };
  if (report.on)
    results.forEach((res, i) => {
      const id = report.add({ id: `order:${i}`, kind: 'order', subject: res.order.kind, message: res.message, delta: 0, causes: [] });
      if (!res.ok) return;
      ctx.orderEntries.push({ id, order: res.order });
      if (res.order.kind === 'drawdown') ctx.toUkraine.push({ id, product: res.order.product, units: res.order.amount });
    });
  ctx.pathChanges = reportPathChanges(c, s, report);

  resolveBudget(ctx);
  resolveConstruction(ctx);
  resolveIndustry(ctx);
  linkProductionCauses(ctx);
  resolveDeliveries(ctx);
  resolveDoctrine(ctx);
  resolveRussia(ctx);
  resolveFront(ctx);
  resolvePolitics(ctx);
  reportUkraineStock(ctx);
  if (s.tally.outproducedMonth === -1 && s.tally.natoArtilleryLastMonth > s.tally.russiaShellsLastMonth) s.tally.outproducedMonth = s.month;
  if (s.tally.outproducedNewMonth === -1 && s.tally.natoArtilleryLastMonth > s.tally.russiaNewShellsLastMonth) s.tally.outproducedNewMonth = s.month;
  const summary = summarise(c, s);

  s.turn++;
  s.month++;
  s.offersThisTurn = {};
  if (s.month > c.endMonth) s.finished = true;
  else resolveEvents(c, s, report);
  return { state: s, report: { turn, month, orders: results, entries: report.entries, summary } };
}

function capacityByRegion(c: ScenarioContent, s: GameState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of s.lines) {
    const spec = productSpec(c, l.product)!;
    if (l.status !== 'running' || spec.role !== 'artillery') continue;
    const region = regionOf(c, l.nationId);
    out[region] = (out[region] ?? 0) + applyBp(l.capacityPerShift * l.shifts * 12, spec.fireValueBp);
  }
  return out;
}

function summarise(c: ScenarioContent, s: GameState): TurnReport['summary'] {
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
    natoArtillery: s.tally.natoArtilleryLastMonth,
    artilleryByRegion: { ...s.tally.artilleryByRegionLastMonth },
    artilleryCapacityPerYearByRegion: capacityByRegion(c, s),
    made: { ...s.tally.madeLastMonth },
    russiaShells: s.tally.russiaShellsLastMonth,
    russiaNewShells: s.tally.russiaNewShellsLastMonth,
    russiaImports: s.russia.lastImports,
    ukraineFired: uaFire,
    russiaFired: ruFire,
    fireRatioBp: ratioBp(ruFire, Math.max(1, uaFire)),
    russianGainKm2: gain,
    ukraineArtillery: ukraineArtillery({ content: c, state: s }),
    escalationBp: s.politics.escalationBp,
    cohesionBp: s.politics.cohesionBp,
  };
}

/** Draws the era decks and fires the first month's events on a freshly built state: the news of the opening briefing. */
export function startGame(c: ScenarioContent, state: GameState): { state: GameState; entries: TurnReport['entries'] } {
  const s = copyState(state);
  const report = new ReportBuilder(true);
  drawDecks(c, s);
  drawWar(c, s);
  resolveEvents(c, s, report);
  return { state: s, entries: report.entries };
}
