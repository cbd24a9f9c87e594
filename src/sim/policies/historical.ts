/**
 * The historical policy: roughly what the allies actually did, so a trainer
 * can compare a class's game with the record. The moves themselves are the
 * scenario's data (`historical.moves`: the US drawing on its stocks and
 * paying for new plants, Europe's shifts and expansions, the 2024 framework
 * and Stinger orders); this file only knows how to play a move. Each move
 * applies from its month on, in whichever scenario is being played, and is
 * tried again the next month if money or workers were short.
 */
import type { DeepReadonly, HistoricalMove, ScenarioContent } from '../content';
import { applyBp, BP } from '../int-math';
import { findLine, findNation } from '../find';
import { freeCapacity } from '../negotiation';
import { askPriceEur } from '../firm-price';
import { firmSpec, inputPlantSpec, nationSpec, productsWithRole, templateSpec } from '../content';
import type { GameState, Offer, Order } from '../types';
import { Planner } from './planner';

type Move = DeepReadonly<HistoricalMove>;

/** Whether a move is a capacity move (shifts, plants, weekends) a sound policy makes as early as it can. */
const isCapacity = (m: Move): boolean => m.kind !== 'order';

function playMove(p: Planner, m: Move): void {
  const w = p.work;
  switch (m.kind) {
    case 'shifts': {
      const line = findLine(w, m.lineId);
      if (line && line.status === 'running' && line.shifts + line.pendingShifts.length < m.shifts)
        p.try({ kind: 'addShift', actor: m.nation, lineId: m.lineId });
      return;
    }
    case 'plant':
      // Looked up by id: every capacity move is tried every month (balanced plays them early), and a scan of the frozen content is slow.
      if (templateSpec(p.content, m.templateId) && !w.lines.some((l) => l.templateId === m.templateId))
        p.try({ kind: 'fundPlant', actor: m.nation, templateId: m.templateId });
      return;
    case 'inputPlant':
      if (inputPlantSpec(p.content, m.plantId) && !w.inputs.plants.some((x) => x.id === m.plantId))
        p.try({ kind: 'fundInputPlant', actor: m.nation, plantId: m.plantId });
      return;
    case 'weekends': {
      const line = findLine(w, m.lineId);
      if (line && line.status === 'running' && !line.weekend && line.accidentUntil < w.month)
        p.try({ kind: 'weekendWork', actor: m.nation, lineId: m.lineId, on: true });
      return;
    }
    case 'order': {
      const firm = firmSpec(p.content, m.firmId);
      const buyers = m.buyers.filter((b) => findNation(w, b.nationId)).map((b) => ({ nationId: b.nationId, shareBp: b.shareBp }));
      if (!firm || buyers.reduce((sum, b) => sum + b.shareBp, 0) !== BP) return;
      const offer: Offer = {
        firmId: m.firmId,
        product: m.product,
        buyers,
        perMonth: m.perMonth,
        months: m.months,
        unitPriceEur: 0,
        advanceBp: m.advanceBp,
        capacityClause: true,
        indexed: false,
        deliverTo: m.deliverTo,
      };
      offer.unitPriceEur = askPriceEur(p.content, w, firm, offer);
      p.negotiate(offer, () => true, offer.unitPriceEur);
    }
  }
}

/**
 * The record's moves for these nations: each from its month on, or, with
 * `early`, every capacity move at once (what a planner who saw it coming
 * would do) and the orders at their dates.
 */
export function recordMoves(p: Planner, nations: readonly string[], early: boolean): void {
  const month = p.work.month;
  for (const m of p.content.historical.moves) {
    if (!nations.includes(m.nation)) continue;
    const due = m.kind === 'order' ? month === m.month : month >= m.fromMonth;
    if ((early && isCapacity(m)) || due) playMove(p, m);
  }
}

/** Sends a share of what stands above the readiness floor, never below it. */
export function drawDown(p: Planner, nationId: string, shareBp: number): void {
  const n = findNation(p.work, nationId)!;
  const floor = nationSpec(p.content, nationId)!.readinessFloor;
  for (const { id: product } of p.content.products) {
    const amount = applyBp(n.stock[product]! - floor[product]!, shareBp);
    if (amount > 0) p.try({ kind: 'drawdown', actor: nationId, product, amount });
  }
}

/** Short, uncommitted orders for Ukraine from whatever artillery capacity is free (the EU's joint buys). */
export function topUpOrders(p: Planner, nationId: string, budgetShareBp: number): void {
  for (const product of productsWithRole(p.content, 'artillery')) {
    for (const firm of p.content.firms) {
      // The cheap checks first: a firm that does not make the product, a nation with nothing left to spend.
      if ((firm.basePriceEur[product.id] ?? 0) === 0) continue;
      const budget = p.uncommittedEur(nationId);
      if (budget <= 0) continue;
      const free = freeCapacity(p.work, firm, product.id);
      // Worth asking from two fifths of a normal order, worth signing from a fifth (400 and 100 shells).
      if (free < Math.floor((product.minOrderPerMonth * 2) / 5)) continue;
      const offer: Offer = {
        firmId: firm.id,
        product: product.id,
        buyers: [{ nationId, shareBp: BP }],
        perMonth: 0,
        months: 12,
        unitPriceEur: 0,
        advanceBp: 0,
        capacityClause: false,
        indexed: false,
        deliverTo: 'ukraine',
      };
      offer.unitPriceEur = askPriceEur(p.content, p.work, firm, offer);
      offer.perMonth = Math.min(free, Math.floor(applyBp(budget, budgetShareBp) / offer.unitPriceEur));
      if (offer.perMonth >= Math.floor(product.minOrderPerMonth / 5))
        p.negotiate(offer, (c) => !c.capacityClause && c.unitPriceEur <= offer.unitPriceEur, offer.unitPriceEur);
    }
  }
}

export function historicalPolicy(c: ScenarioContent, state: GameState, nations: readonly string[]): Order[] {
  const p = new Planner(c, state);
  const record = c.historical;
  recordMoves(p, nations, false);
  for (const id of nations) {
    drawDown(p, id, record.drawdownShareBp[id] ?? record.defaultDrawdownShareBp);
    if (state.month % 3 === 0) topUpOrders(p, id, record.topUpBudgetShareBp);
    const n = findNation(p.work, id)!;
    if (p.work.politics.industrialPlansOpen && !n.industrialPlan && state.month >= record.industrialPlansFromMonth)
      p.try({ kind: 'industrialPlan', actor: id });
  }
  return p.orders;
}
