/** Turns a validated scenario and a seed into the opening GameState. */
import { hashState } from '../sim/hash';
import { parseMonth } from '../sim/month';
import { initialRng } from '../sim/rng';
import { RULES_VERSION } from '../sim/rules-version';
import { startGame } from '../sim/resolve-turn';
import { byId } from '../sim/find';
import type { EventAction, EventTrigger, GameState, Objective } from '../sim/types';
import type { ScenarioFile } from './schema';

type FileEvent = ScenarioFile['events'][number];

const m = (text: string): number => parseMonth(text)!;

function trigger(t: FileEvent['trigger']): EventTrigger {
  switch (t.kind) {
    case 'month':
      return { kind: 'month', month: m(t.month) };
    case 'window':
      return { kind: 'window', fromMonth: m(t.from), toMonth: m(t.to), chanceBp: t.chanceBp };
    case 'stockBelow':
      return { kind: 'stockBelow', who: t.who, product: t.product, amount: t.amount, fromMonth: m(t.from) };
    case 'escalationAbove':
      return t;
  }
}

function action(a: FileEvent['actions'][number]): EventAction {
  if (a.kind === 'ukraineRequest') return { kind: 'ukraineRequest', requestId: a.requestId, product: a.product, amount: a.amount, byMonth: m(a.by) };
  return a;
}

const ratePath = (p: { from: string; perMonth: number }[]) => p.map((x) => ({ fromMonth: m(x.from), perMonth: x.perMonth }));

/** The content hash that replays and share links pin a scenario by. */
export function scenarioHash(sc: ScenarioFile): string {
  return hashState(sc);
}

export function buildGame(sc: ScenarioFile, seed: { code: string; value: number }): GameState {
  const start = m(sc.start);
  const objectives: Objective[] = sc.objectives.map((o) => ({
    id: o.id,
    kind: o.kind,
    target: typeof o.target === 'string' ? m(o.target) : o.target,
    failAt: typeof o.failAt === 'string' ? m(o.failAt) : o.failAt,
    weight: o.weight,
    text: o.text,
  }));
  const state: GameState = {
    rulesVersion: RULES_VERSION,
    scenarioId: sc.id,
    scenarioHash: scenarioHash(sc),
    seed: seed.code,
    turn: 0,
    startMonth: start,
    month: start,
    endMonth: m(sc.end),
    nations: sc.nations
      .map((n) => ({
        id: n.id,
        name: n.name,
        gdpMEur: n.gdpMEur,
        defenceShareBp: 0,
        sharePath: [...n.sharePath].sort((a, b) => a.year - b.year),
        munitionsShareBp: n.munitionsShareBp,
        fundsEur: n.fundsEur,
        debtEur: 0,
        stock: { ...n.stock },
        readinessFloor: { ...n.readinessFloor },
        hardFloor: { ...n.hardFloor },
        heldForUkraine: { shell: 0, stinger: 0 },
        politicalCapital: n.politicalCapital,
        supportBp: n.supportBp,
        warFatigueBp: n.warFatigueBp,
        electionMonths: n.elections.map(m),
        aidFrozenUntil: -1,
        escalationToleranceBp: n.escalationToleranceBp,
        freeLabour: n.freeLabour,
        labourGrowthPerMonth: n.labourGrowthPerMonth,
        industrialPlan: false,
      }))
      .sort(byId),
    firms: sc.firms
      .map((f) => ({
        ...f,
        basePriceEur: { ...f.basePriceEur },
        trustBp: Object.fromEntries(sc.nations.map((n) => [n.id, f.trustBp[n.id] ?? 6000])),
        templates: [...f.templates],
      }))
      .sort(byId),
    lines: sc.lines
      .map(({ ready, site: _site, ...l }) => ({
        ...l,
        inputsPerUnit: { ...l.inputsPerUnit },
        readyMonth: ready ? m(ready) : start,
        pendingShifts: [],
        shiftPayers: [],
        weekend: false,
        weekendPayer: '',
        accidentUntil: -1,
        slipDrawn: l.status !== 'building',
        slipChanceBp: sc.rules.plantSlipChanceBp,
      }))
      .sort(byId),
    templates: sc.plantTemplates
      .map(({ site: _site, shifts, slipChanceBp, ...t }) => ({
        ...t,
        shifts: shifts ?? 1,
        slipChanceBp: slipChanceBp ?? sc.rules.plantSlipChanceBp,
        inputsPerUnit: { ...t.inputsPerUnit },
      }))
      .sort(byId),
    contracts: sc.contracts.map((c, i) => ({
      id: `c${String(i + 1).padStart(4, '0')}`,
      firmId: c.firmId,
      product: c.product,
      buyers: c.buyers.map((b) => ({ ...b })),
      perMonth: c.perMonth,
      months: c.months,
      unitPriceEur: c.unitPriceEur,
      advanceEur: 0,
      advanceLeftEur: 0,
      capacityClause: false,
      indexed: false,
      deliverTo: c.deliverTo,
      signedMonth: start,
      firstDeliveryMonth: m(c.firstDelivery),
      delivered: 0,
      capacityLineId: '',
      status: 'active' as const,
    })),
    nextContractNo: sc.contracts.length + 1,
    nextLineNo: 1,
    offersThisTurn: {},
    sectors: sc.sectors.map((s) => ({
      ...s,
      russianFireShareBp: Math.floor(10000 / sc.sectors.length),
      lastRatioBp: 0,
      lastRussianFire: 0,
      lastUkrainianFire: 0,
      lastGainKm2: 0,
    })),
    ukraine: { ...sc.ukraine, stock: { ...sc.ukraine.stock }, fireDemandPath: ratePath(sc.ukraine.fireDemandPath) },
    russia: {
      ...sc.russia,
      productionPath: ratePath(sc.russia.productionPath),
      fireDemandPath: ratePath(sc.russia.fireDemandPath),
      offensivePath: ratePath(sc.russia.offensivePath),
      surges: [],
      imports: [],
      lastProduction: 0,
      lastImports: 0,
    },
    inputs: { supplyPerMonth: { ...sc.inputs.supplyPerMonth }, shocks: [] },
    politics: { escalationBp: sc.politics.escalationBp, cohesionBp: sc.politics.cohesionBp, summitUntil: -1, summitDiscountBp: 0, industrialPlansOpen: false },
    decks: (sc.decks ?? []).map((d) => ({ ...d })).sort(byId),
    shelvedEvents: [],
    events: sc.events
      .map((e) => ({
        id: e.id,
        deck: e.deck ?? '',
        title: e.title,
        text: e.text,
        source: { ...e.source },
        trigger: trigger(e.trigger),
        actions: e.actions.map(action),
      }))
      .sort(byId),
    firedEvents: [],
    requests: [],
    objectives,
    winScore: sc.winScore,
    playable: [...sc.playable],
    rules: { ...sc.rules },
    rng: initialRng(seed.value),
    tally: {
      russianGainKm2: 0,
      fireRatioSumBp: 0,
      fireRatioTurns: 0,
      natoShellsLastMonth: 0,
      northAmericaShellsLastMonth: 0,
      stingersLastMonth: 0,
      russiaShellsLastMonth: 0,
      outproducedMonth: -1,
      shellsProduced: 0,
      shellsFiredUkraine: 0,
      shellsFiredRussia: 0,
      shellsFromElsewhere: 0,
      stingersFired: 0,
      ukraineLosses: 0,
      russiaLosses: 0,
      floorBreaches: 0,
    },
    finished: false,
  };
  for (const n of state.nations) n.defenceShareBp = n.sharePath.filter((p) => p.year <= Math.floor(start / 12)).pop()?.shareBp ?? n.sharePath[0]!.shareBp;
  return startGame(state).state;
}
