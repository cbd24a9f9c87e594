/**
 * Products are data: a scenario that declares a third product (a 120 mm
 * mortar bomb worth 0.4 of a reference round) gets it made, bought, delivered
 * and fired with no change to the code.
 */
import { describe, expect, it } from 'vitest';
import { parseOrdersFile } from '../../src/share/files';
import { firmSpec, productsWithRole, zeroPerProduct, type ScenarioContent } from '../../src/sim/content';
import { askPriceEur } from '../../src/sim/firm-price';
import { POLICIES } from '../../src/sim/policies';
import type { TurnReport } from '../../src/sim/report';
import { ordersForTurn } from '../../src/sim/replay';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState, Order } from '../../src/sim/types';
import { world } from '../world';

const MORTAR = 'mortar-120';

/** The test world plus a mortar bomb, a firm in CC with a line making it, and stocks of it everywhere. */
function mortarWorld(openingContract: boolean) {
  return world((sc) => {
    sc.end = '2024-12';
    sc.products.push({
      id: MORTAR,
      name: '120 mm mortar bomb',
      plural: '120 mm mortar bombs',
      unit: 'bombs',
      role: 'artillery',
      fireValueBp: 4000,
      unitsPerEscalationBp: 12_000,
      inputsPerUnit: { propellant: 2, explosive: 4 },
      minOrderPerMonth: 1000,
    });
    sc.firms.push({
      id: 'mortarco',
      name: 'Mortar Works',
      nationId: 'CC',
      basePriceEur: { [MORTAR]: 700 },
      minMarginBp: 1000,
      guaranteeMonths: 36,
      baseLeadMonths: 0,
      trustBp: {},
      cashEur: 100_000_000,
      templates: [],
    });
    sc.lines.push({
      id: 'mortarco-line',
      firmId: 'mortarco',
      plantName: 'Mortar Works line',
      nationId: 'CC',
      product: MORTAR,
      capacityPerShift: 15_000,
      workersPerShift: 80,
      upkeepEurPerMonth: 500_000,
      variableCostEur: 400,
      overtimeEurPerMonth: 200_000,
      status: 'running',
      shifts: 1,
      learningMonths: 120,
      reactivationMonths: 0,
      reactivationCostEur: 0,
    });
    for (const n of sc.nations) {
      n.stock[MORTAR] = 50_000;
      n.readinessFloor[MORTAR] = 30_000;
    }
    sc.ukraine.stock[MORTAR] = 40_000;
    if (openingContract)
      sc.contracts.push({
        firmId: 'mortarco',
        product: MORTAR,
        buyers: [{ nationId: 'CC', shareBp: 10000 }],
        perMonth: 5000,
        months: 24,
        unitPriceEur: 900,
        deliverTo: 'ukraine',
        firstDelivery: sc.start,
        note: 'mortar bombs for Ukraine',
      });
  });
}

interface Month {
  before: GameState;
  after: GameState;
  report: TurnReport;
}

/** Plays to the end: `human` orders for the nations it names, the balanced policy for the rest. */
function play(c: ScenarioContent, start: GameState, human: { nations: string[]; turns: Order[][] }): Month[] {
  const rest = start.nations.map((n) => n.id).filter((id) => !human.nations.includes(id));
  const months: Month[] = [];
  let s = start;
  while (!s.finished) {
    const r = resolveTurn(c, s, ordersForTurn(c, s, human.turns[s.turn] ?? [], POLICIES.balanced, rest));
    months.push({ before: s, after: r.state, report: r.report });
    s = r.state;
  }
  return months;
}

const mortarDeliveriesToUkraine = (months: Month[], contract?: string) =>
  months.flatMap((m) =>
    m.report.entries.filter(
      (e) =>
        e.message.id === 'delivery.made' &&
        e.message.params.product === MORTAR &&
        e.message.params.to === 'ukraine' &&
        (contract === undefined || e.message.params.contract === contract),
    ),
  );

/** Months in which Ukraine's mortar stock fell: it fired more bombs than arrived. */
const monthsFiring = (months: Month[]) => months.filter((m) => m.after.ukraine.stock[MORTAR]! < m.before.ukraine.stock[MORTAR]!);

describe('a third product declared by the scenario', () => {
  it('is a product like the others: every per-product record has it', () => {
    const { c, s } = mortarWorld(false);
    expect(productsWithRole(c, 'artillery').map((p) => [p.id, p.fireValueBp])).toEqual([
      ['shell', 10000],
      [MORTAR, 4000],
    ]);
    expect(Object.keys(zeroPerProduct(c))).toContain(MORTAR);
    for (const n of s.nations) expect([n.stock[MORTAR], n.heldForUkraine[MORTAR]]).toEqual([50_000, 0]);
    expect(s.ukraine.stock[MORTAR]).toBe(40_000);
    expect(c.nations.map((n) => n.hardFloor[MORTAR])).toEqual([0, 0, 0]);
  });

  it('is made, delivered to Ukraine and fired at its fire value in a month', () => {
    const { c, s } = mortarWorld(true);
    const r = resolveTurn(c, s, []);
    const t = r.state.tally;
    // Made: 5,000 bombs for the contract, counted as 2,000 reference rounds beside 4,000 shells.
    expect(t.madeLastMonth).toEqual({ shell: 4000, stinger: 20, [MORTAR]: 5000 });
    expect(t.natoArtilleryLastMonth).toBe(4000 + 2000);
    expect(r.report.entries.find((e) => e.id === 'deliv:c0003:CC')?.message).toEqual({
      id: 'delivery.made',
      params: { firm: 'mortarco', product: MORTAR, units: 5000, to: 'ukraine', nation: 'CC', contract: 'c0003' },
    });
    // Fired: shells first, within the ration (45 % of 324,000 = 145,800), then mortar bombs for the
    // 4,200 reference rounds the demand of 150,000 still wants: 10,500 bombs at 0.4 each.
    const shellsUsed = s.ukraine.stock.shell! + 4000 + c.ukraine.ownProductionPerMonth - r.state.ukraine.stock.shell!;
    const bombsUsed = s.ukraine.stock[MORTAR]! + 5000 - r.state.ukraine.stock[MORTAR]!;
    expect([shellsUsed, bombsUsed]).toEqual([145_800, 10_500]);
    expect(t.artilleryFiredUkraine - s.tally.artilleryFiredUkraine).toBe(shellsUsed + (bombsUsed * 4000) / 10000);
    expect(r.state.sectors.reduce((sum, x) => sum + x.lastUkrainianFire, 0)).toBe(150_000);
    expect(r.report.summary.ukraineArtillery).toBe(r.state.ukraine.stock.shell! + (r.state.ukraine.stock[MORTAR]! * 4000) / 10000);
  });

  it('the balanced policy buys it, and it is made, delivered to Ukraine and fired, to the end of the game', () => {
    const { c, s } = mortarWorld(false);
    const months = play(c, s, { nations: [], turns: [] });
    const final = months.at(-1)!.after;
    expect(final.finished).toBe(true);
    const bought = final.contracts.filter((x) => x.product === MORTAR && x.firmId === 'mortarco' && x.deliverTo === 'ukraine');
    expect(bought.length).toBeGreaterThan(0);
    expect(months.reduce((sum, m) => sum + m.report.summary.made[MORTAR]!, 0)).toBeGreaterThan(0);
    expect(mortarDeliveriesToUkraine(months).length).toBeGreaterThan(0);
    expect(monthsFiring(months).length).toBeGreaterThan(0);
  });

  it('a player who buys it with an orders file gets a contract delivering to Ukraine, and the bombs are fired', () => {
    const { c, s } = mortarWorld(false);
    const base = {
      firmId: 'mortarco',
      product: MORTAR,
      buyers: [
        { nationId: 'CC', shareBp: 5000 },
        { nationId: 'BB', shareBp: 5000 },
      ],
      perMonth: 6000,
      months: 12,
      unitPriceEur: 0,
      advanceBp: 0,
      capacityClause: false,
      indexed: false,
      deliverTo: 'ukraine' as const,
    };
    const unitPriceEur = askPriceEur(c, s, firmSpec(c, 'mortarco')!, base);
    // BB proposes: any buyer may, not only the first.
    const file = {
      format: 'race-of-logistics/orders',
      version: 2,
      nations: ['BB', 'CC'],
      turns: [[{ kind: 'offer', actor: 'BB', offer: { ...base, unitPriceEur } }]],
    };
    const parsed = parseOrdersFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    const months = play(c, s, { nations: parsed.value.nations!, turns: parsed.value.turns });
    expect(months[0]!.report.orders[0]).toMatchObject({ ok: true, message: { id: 'offer.signed', params: { firm: 'mortarco', contract: 'c0003' } } });
    const final = months.at(-1)!.after;
    expect(final.contracts.find((x) => x.id === 'c0003')).toMatchObject({ product: MORTAR, delivered: 6000 * 12, status: 'completed' });
    const delivered = mortarDeliveriesToUkraine(months, 'c0003');
    expect(delivered.reduce((sum, e) => sum + e.delta, 0)).toBe(6000 * 12);
    expect(monthsFiring(months).length).toBeGreaterThan(0);
    // The policy played AA only: the one order of BB or CC is the player's.
    expect(months.flatMap((m) => m.report.orders.filter((o) => o.order.actor !== 'AA'))).toHaveLength(1);
    expect(months.flatMap((m) => m.report.orders).length).toBeGreaterThan(1);
  });
});
