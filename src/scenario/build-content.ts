/**
 * Turns a validated scenario file into its ScenarioContent: months as
 * indexes, records filled for every declared product, lists sorted by id
 * where the rules iterate them, the whole frozen. The content hash covers
 * what affects outcomes only: editing a briefing, a title, an event's text or
 * a source leaves replays, codes and saves valid; editing a rule does not.
 */
import type { ContentData, EventAction, EventTrigger, HistoricalMove, Rules, ScenarioContent } from '../sim/content';
import { byId } from '../sim/find';
import { hashValue } from '../sim/hash';
import { parseMonth } from '../sim/month';
import type { PerProduct } from '../sim/types';
import { openingOf } from './opening';
import type { ScenarioFile } from './schema';

type FileEvent = ScenarioFile['events'][number];

const m = (text: string): number => parseMonth(text)!;

function trigger(t: FileEvent['trigger'], start: number): EventTrigger {
  switch (t.kind) {
    case 'month':
      return { kind: 'month', month: m(t.month) };
    case 'window':
      return { kind: 'window', fromMonth: m(t.from), toMonth: m(t.to), chanceBp: t.chanceBp };
    case 'stockBelow':
      return { kind: 'stockBelow', who: t.who, product: t.product, amount: t.amount, fromMonth: m(t.from) };
    case 'escalationAbove':
      return { kind: 'escalationAbove', bp: t.bp, fromMonth: t.from === undefined ? start : m(t.from) };
  }
}

function action(a: FileEvent['actions'][number]): EventAction {
  if (a.kind === 'ukraineRequest') return { kind: 'ukraineRequest', requestId: a.requestId, product: a.product, amount: a.amount, byMonth: m(a.by) };
  return { ...a };
}

function move(x: NonNullable<ScenarioFile['historical']>['moves'][number]): HistoricalMove {
  if (x.kind === 'order') {
    const { month, buyers, ...rest } = x;
    return { ...rest, month: m(month), buyers: buyers.map((b) => ({ ...b })) };
  }
  const { from, ...rest } = x;
  return { ...rest, fromMonth: m(from) } as HistoricalMove;
}

const ratePath = (p: ScenarioFile['russia']['fireDemandPath']) =>
  p.map((x) => ({ fromMonth: m(x.from), perMonth: x.perMonth, ...(x.text ? { text: x.text } : {}), ...(x.source ? { source: { ...x.source } } : {}) }));

/** Fields that are prose or display: they never change an outcome, so the content hash leaves them out. */
const PROSE = new Set(['title', 'text', 'name', 'plural', 'unit', 'source', 'plantName', 'plantNames']);

function withoutProse(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withoutProse);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!PROSE.has(k)) out[k] = withoutProse(v);
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The content's data, before hashing and freezing. */
export function contentData(sc: ScenarioFile): ContentData {
  const productIds = sc.products.map((p) => p.id);
  const perProduct = (r: Readonly<Record<string, number>>): PerProduct => Object.fromEntries(productIds.map((id) => [id, r[id] ?? 0]));
  const inputIds = sc.inputs.map((x) => x.id).sort();
  const firstArtillery = sc.products.find((p) => p.role === 'artillery')!.id;
  const h = sc.historical;
  return {
    id: sc.id,
    title: sc.title,
    startMonth: m(sc.start),
    endMonth: m(sc.end),
    products: sc.products.map((p) => ({ ...p, inputsPerUnit: Object.fromEntries(inputIds.map((id) => [id, p.inputsPerUnit[id] ?? 0])) })),
    inputs: sc.inputs.map((x) => ({ id: x.id, name: x.name, unit: x.unit })).sort(byId),
    inputPlants: (sc.inputPlants ?? []).map((x) => ({ ...x, source: { ...x.source } })).sort(byId),
    nations: sc.nations
      .map((n) => ({
        id: n.id,
        name: n.name,
        region: n.region,
        gdpMEur: n.gdpMEur,
        sharePath: [...n.sharePath].sort((a, b) => a.year - b.year).map((x) => ({ ...x })),
        readinessFloor: perProduct(n.readinessFloor),
        hardFloor: perProduct(n.hardFloor),
        electionMonths: n.elections.map(m),
        escalationToleranceBp: n.escalationToleranceBp,
        labourGrowthPerMonth: n.labourGrowthPerMonth,
      }))
      .sort(byId),
    firms: sc.firms
      .map((f) => ({
        id: f.id,
        name: f.name,
        nationId: f.nationId,
        basePriceEur: perProduct(f.basePriceEur),
        minMarginBp: f.minMarginBp,
        guaranteeMonths: f.guaranteeMonths,
        baseLeadMonths: f.baseLeadMonths,
        templates: [...f.templates],
      }))
      .sort(byId),
    templates: sc.plantTemplates
      .map(({ site: _site, shifts, slipChanceBp, ...t }) => ({ ...t, shifts: shifts ?? 1, slipChanceBp: slipChanceBp ?? sc.rules.plantSlipChanceBp }))
      .sort(byId),
    sectors: sc.sectors.map((x) => ({ id: x.id, name: x.name })),
    ukraine: {
      fireDemandPath: ratePath(sc.ukraine.fireDemandPath),
      rationBp: sc.ukraine.rationBp,
      airDefenceNeed: sc.ukraine.airDefenceNeed,
      ownProductionPerMonth: sc.ukraine.ownProductionPerMonth,
      ownProduct: sc.ukraine.ownProduct ?? firstArtillery,
      recruitsPerMonth: sc.ukraine.recruitsPerMonth,
    },
    russia: {
      seeded: sc.russia.seeded
        ? {
            manpower: { ...sc.russia.seeded.manpower },
            imports: { ...sc.russia.seeded.imports },
            offensiveTiming: sc.russia.seeded.offensiveTiming ? { ...sc.russia.seeded.offensiveTiming } : null,
          }
        : null,
      productionPath: ratePath(sc.russia.productionPath ?? []),
      economy: sc.russia.economy
        ? { ...sc.russia.economy, defenceSharePath: ratePath(sc.russia.economy.defenceSharePath), source: { ...sc.russia.economy.source } }
        : null,
      doctrine: sc.russia.doctrine ? { ...sc.russia.doctrine, source: { ...sc.russia.doctrine.source } } : null,
      fireDemandPath: ratePath(sc.russia.fireDemandPath),
      offensivePath: ratePath(sc.russia.offensivePath),
      concentrationBp: sc.russia.concentrationBp,
      feintChanceBp: sc.russia.feintChanceBp,
      stockMonthsReserve: sc.russia.stockMonthsReserve,
    },
    events: sc.events
      .map((e) => ({
        id: e.id,
        deck: e.deck ?? '',
        title: e.title,
        text: e.text,
        source: { ...e.source },
        trigger: trigger(e.trigger, m(sc.start)),
        actions: e.actions.map(action),
      }))
      .sort(byId),
    decks: (sc.decks ?? []).map((d) => ({ ...d })).sort(byId),
    objectives: sc.objectives.map((o) => ({
      id: o.id,
      kind: o.kind,
      target: typeof o.target === 'string' ? m(o.target) : o.target,
      failAt: typeof o.failAt === 'string' ? m(o.failAt) : o.failAt,
      weight: o.weight,
      text: o.text,
    })),
    winScore: sc.winScore,
    monthsPerTurn: sc.monthsPerTurn ?? 1,
    ...(sc.class
      ? {
          classRules: {
            locks: sc.class.locks.map((l) => ({ order: l.order, nations: [...(l.nations ?? [])], belowReadinessFloor: l.belowReadinessFloor ?? false })),
            hideRussia: sc.class.hideRussia ?? false,
            hideOtherScores: sc.class.hideOtherScores ?? false,
            injects: [...(sc.class.injects ?? [])],
            // Only when set, so that the content hash of every class made before it stays what it was.
            ...(sc.class.facilitated ? { facilitated: true } : {}),
          },
        }
      : {}),
    playable: [...sc.playable],
    rules: structuredClone(sc.rules) as Rules,
    historical: {
      moves: (h?.moves ?? []).map(move),
      drawdownShareBp: { ...(h?.drawdownShareBp ?? {}) },
      defaultDrawdownShareBp: h?.defaultDrawdownShareBp ?? 400,
      topUpBudgetShareBp: h?.topUpBudgetShareBp ?? 5000,
      industrialPlansFromMonth: h?.industrialPlansFrom ? m(h.industrialPlansFrom) : m(sc.start),
    },
    opening: openingOf(sc, sc.rules.market.defaultTrustBp),
    plantNames: Object.fromEntries(sc.lines.map((l) => [l.id, l.plantName])),
  };
}

/** The hash replays, links, codes and saves pin a scenario by: its outcome-relevant content only. */
export function contentHash(data: ContentData): string {
  return hashValue(withoutProse(data));
}

/** The scenario's read-only content, hashed once. */
export function buildContent(sc: ScenarioFile): ScenarioContent {
  const data = contentData(sc);
  return deepFreeze({ ...data, hash: contentHash(data) });
}
