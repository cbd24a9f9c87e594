/**
 * The one place the game's messages become English: every message id of
 * src/sim/messages.ts has its sentence here, with names looked up in the
 * scenario's content (and the state, for lines built during play). A
 * translation is another table of the same shape. It lives in share so the
 * browser screens, the map and the CLI all say the same thing the same way.
 */
import { plantNameOf, type ScenarioContent } from '../../sim/content';
import type { Message, MessageId, MessageParams, PriceTerm } from '../../sim/messages';
import { monthLabel } from '../../sim/month';
import { SCRIPTED_PATHS, type ScriptedPath } from '../../sim/resolve/scripted';
import type { FacilitatorAction, GameState, NationOrderKind } from '../../sim/types';
import { count, fmt, fmtBp, fmtEur, fmtGdpShare, fmtMillions, fmtRatio, possessive } from './numbers';

/** Names for ids: what a sentence says instead of an id. */
/** The trainer's class controls, as the orders list and the report say them. */
export const FACILITATOR_WORDS: Record<FacilitatorAction, string> = {
  pause: 'pauses the class',
  resume: 'resumes the class',
  revealRussia: 'shows the intelligence on Russia',
  hideRussia: 'hides the intelligence on Russia',
  revealScores: "shows every team's score",
  hideScores: "hides other teams' scores",
};

export interface Names {
  nation(id: string): string;
  firm(id: string): string;
  line(id: string): string;
  template(id: string): string;
  /** an explosive or propellant plant a state can fund */
  inputPlant(id: string): string;
  /** "155 mm shell" or, for a count other than 1, "155 mm shells" */
  product(id: string, count?: number): string;
  input(id: string): string;
  /** what an input's figures count: "kg" */
  inputUnit(id: string): string;
  sector(id: string): string;
  /** "the Rheinmetall contract of Feb 2023 (c0011)": a contract by its firm and month, its id kept for reference */
  contract(id: string): string;
  event(id: string): { title: string; text: string };
  /** why a scripted path changes in a month, as the scenario says it (or '') */
  pathNote(path: string, month: number): string;
}

export function namesFor(c: ScenarioContent, s?: GameState): Names {
  const find = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id);
  return {
    nation: (id) => find(c.nations, id)?.name ?? id,
    firm: (id) => find(c.firms, id)?.name ?? id,
    line: (id) => {
      const line = (s ? find(s.lines, id) : undefined) ?? find(c.opening.lines, id);
      return line ? plantNameOf(c, line) : id;
    },
    template: (id) => find(c.templates, id)?.plantName ?? id,
    inputPlant: (id) => find(c.inputPlants, id)?.name ?? id,
    product: (id, count = 2) => {
      const p = find(c.products, id);
      return p ? (count === 1 ? p.name : p.plural) : id;
    },
    input: (id) => find(c.inputs, id)?.name ?? id,
    inputUnit: (id) => find(c.inputs, id)?.unit ?? '',
    sector: (id) => find(c.sectors, id)?.name ?? id,
    contract: (id) => {
      const k = (s ? find(s.contracts, id) : undefined) ?? find(c.opening.contracts, id);
      return k ? `the ${find(c.firms, k.firmId)?.name ?? k.firmId} contract of ${monthLabel(k.signedMonth)} (${id})` : `contract ${id}`;
    },
    event: (id) => {
      const e = find(c.events, id);
      return e ? { title: e.title, text: e.text } : { title: id, text: '' };
    },
    pathNote: (path, month) => {
      const points = path in SCRIPTED_PATHS ? SCRIPTED_PATHS[path as ScriptedPath](c) : [];
      return points.find((x) => x.fromMonth === month)?.text ?? '';
    },
  };
}

type Sentences = { [K in MessageId]: (p: MessageParams[K], n: Names) => string };

const STATUS: Record<string, string> = {
  running: 'running',
  mothballed: 'mothballed',
  reactivating: 'reactivating',
  building: 'being built',
  active: 'active',
  completed: 'completed',
  cancelled: 'cancelled',
};
/**
 * What a part of a sector's gain did, for Russia: "Russia +120 km²", "40 km² less for Russia" (a play-test read
 * "Russia −34 km²" under Russian manpower as Russia losing ground, where fewer recruits had taken less).
 */
export const forRussia = (km2: number) => (km2 > 0 ? `Russia +${fmt(km2)} km²` : km2 < 0 ? `${fmt(-km2)} km² less for Russia` : 'no ground changes hands');

/** Why Russia's doctrine chose this month's course, with the figure that decided it (sim/resolve/doctrine.ts). */
export function doctrineText(p: MessageParams['russia.doctrine']): string {
  const tenths = (x: number) => `${Math.floor(x / 10)}.${x % 10}`;
  const now = p.changed ? 'Russia shifts to' : 'Russia keeps to';
  switch (p.mode) {
    case 'rebuild':
      return `${now} rebuilding its stock: it holds ${tenths(p.russiaStockTenths)} months of its fire, under ${p.rebuildBelowMonths}, so it fires less and runs its lines harder`;
    case 'offensive':
      return `${now} the offensive where Ukraine is weakest: last month Ukraine fired ${fmtBp(p.ukraineFiredBp)} of the shells it needed and was outfired ${fmtRatio(p.ratioBp)}`;
    case 'digIn':
      return `${now} attrition and digs in: Ukraine holds ${tenths(p.ukraineStockTenths)} months of its fire, over ${p.buildUpMonths}, so Russia spreads its fire and presses less`;
    default:
      // Said with the ratio: a Ukraine short of shells that still matches Russia's fire does not draw an offensive (summer 2023).
      return `${now} attrition on its scripted course: Ukraine fired ${fmtBp(p.ukraineFiredBp)} of its need at a fire ratio of ${fmtRatio(p.ratioBp)} and holds ${tenths(p.ukraineStockTenths)} months of fire`;
  }
}

/** What each scripted path sets, and its rate in words ("220,000 shells a month", "220.0 % of the autumn-2022 pace"). */
const PATH_WORDS: Record<string, { what: string; rate: (perMonth: number) => string }> = {
  russiaProduction: { what: 'Russian industry makes', rate: (x) => `${fmt(x)} shells a month` },
  russiaDefenceShare: { what: 'Russia spends on defence', rate: (x) => `${fmtGdpShare(x)} of GDP` },
  russiaFire: { what: "Russia's doctrine fires", rate: (x) => `${fmt(x)} shells a month` },
  russiaOffensive: { what: 'Russian ground assaults (infantry, glide bombs, drones) run at', rate: (x) => `${fmtBp(x)} of the autumn-2022 pace` },
  ukraineFire: { what: "Ukraine's doctrine fires", rate: (x) => `${fmt(x)} rounds a month` },
};

/** A nation's levers by name, as a trainer locks them: "new plants", "drawdowns". */
export const LEVER_NAMES: Record<NationOrderKind, string> = {
  fundPlant: 'new plants',
  fundInputPlant: 'explosive and propellant plants',
  addShift: 'extra shifts',
  weekendWork: 'weekend work',
  reactivateLine: 'reactivating lines',
  offer: 'new contracts',
  cancelContract: 'cancelling contracts',
  drawdown: 'drawdowns',
  pledge: 'pledges',
  industrialPlan: 'industrial plans',
};

/** "locks new plants for every nation", "unlocks drawdowns for Poland". */
export function leverText(p: { lever: string; locked: boolean; nations: readonly string[] }, n: Pick<Names, 'nation'>): string {
  const who = p.nations.length ? p.nations.map((id) => n.nation(id)).join(', ') : 'every nation';
  return `${p.locked ? 'locks' : 'unlocks'} ${LEVER_NAMES[p.lever as NationOrderKind] ?? p.lever} for ${who}`;
}

const LOCKED: Record<string, string> = {
  offer: 'no new contracts',
  cancelContract: 'no cancelling contracts',
  addShift: 'no extra shifts',
  weekendWork: 'no changes to weekend work',
  fundPlant: 'no new plants',
  fundInputPlant: 'no new explosive or propellant plants',
  reactivateLine: 'no reactivating mothballed lines',
  drawdown: 'no drawdowns',
  pledge: 'no new pledges',
  industrialPlan: 'no industrial plans',
};

/** A locked lever in words: "no new plants", "no drawdowns below the readiness floor". */
export function lockWords(kind: string, belowReadinessFloor: boolean): string {
  return belowReadinessFloor ? 'no drawdowns below the readiness floor' : (LOCKED[kind] ?? `no "${kind}" orders`);
}

/**
 * A class file's lock in the trainer's words, nations by name ("no new plants for Germany"): the same sentence on the
 * prepare desk, the printed briefing and the live desk (trainer play-test: "for DE" on one, "for Germany" on another).
 */
export function classLockText(l: { order: string; nations?: readonly string[]; belowReadinessFloor?: boolean }, nation: (id: string) => string): string {
  // "for any nation": what is locked is a "no …" (trainer play-test: "no new plants for every nation" read awkwardly).
  return `${lockWords(l.order, l.belowReadinessFloor ?? false)} for ${l.nations?.length ? l.nations.map(nation).join(', ') : 'any nation'}`;
}

const TERM_CREDIT: Record<PriceTerm, string> = {
  months: 'The length of the order',
  pooled: 'Pooling with other buyers',
  indexed: 'Indexing the price',
  advance: 'The advance payment',
};

function leverWords(p: MessageParams['firm.lever']): string {
  if (p.term === 'months') return `Ordering for ${p.months} months`;
  if (p.term === 'advance') return `A further ${fmtBp(p.advanceBp)} in advance`;
  return p.term === 'pooled' ? 'Pooling the order with another nation' : 'Indexing the price to inflation';
}

const list = (ids: string, name: (id: string) => string) => ids.split(',').filter(Boolean).map(name).join(', ');

const EN: Sentences = {
  'order.gameOver': () => 'the game is over',
  'order.unknownKind': (p) => `unknown order kind "${p.kind}"`,
  'order.unknownActor': (p) => `"${p.actor}" is not a nation of this game`,
  'order.notANation': (p) => `"${p.actor}" cannot give a nation's order: only a nation can`,
  'order.unknownLine': (p) => `unknown line "${p.line}"`,
  'order.unknownTemplate': (p) => `unknown plant "${p.template}"`,
  'order.unknownContract': (p) => `unknown contract "${p.contract}"`,
  'order.unknownFirm': (p) => `unknown firm "${p.firm}"`,
  'order.unknownProduct': (p) => `unknown product "${p.product}"`,
  'order.badAmount': () => 'the amount must be a positive whole number',
  'trainer.only': (p, n) => `only the trainer gives class controls, not ${n.nation(p.actor)}`,
  'trainer.notFacilitated': () => 'this class is not run by a facilitator: its file does not allow live controls',
  'trainer.facilitate': (p) => `the trainer ${FACILITATOR_WORDS[p.action as FacilitatorAction] ?? p.action}`,
  'trainer.unknownEvent': (p) => `no event "${p.event}" in this scenario`,
  'trainer.alreadyFired': (p, n) => `"${n.event(p.event).title}" has already happened in this game`,
  'trainer.injected': (p, n) => `the trainer fires "${n.event(p.event).title}" now`,
  'trainer.lever': (p, n) => `the trainer ${leverText(p, n)}`,
  'order.locked': (p, n) => `locked by your trainer: ${lockWords(p.kind, p.belowReadinessFloor)} for ${n.nation(p.nation)}`,
  'drawdown.frozen': (p, n) => `${possessive(n.nation(p.nation))} aid is frozen: no drawdowns for Ukraine`,
  'drawdown.balks': (p, n) => `${n.nation(p.nation)} balks: escalation (${fmtBp(p.escalationBp)}) is past what its government accepts`,
  'drawdown.hardFloor': (p, n) =>
    `blocked by ${possessive(n.nation(p.nation))} hard floor: at most ${fmt(p.spare)} ${n.product(p.product, p.spare)} can leave its stock`,
  'drawdown.noCapital': (p, n) =>
    `drawing ${fmt(p.belowFloor)} ${n.product(p.product, p.belowFloor)} below the readiness floor costs ${p.capital} political capital; ${n.nation(p.nation)} has ${p.has}`,
  'drawdown.sent': (p, n) =>
    `${n.nation(p.nation)} sends ${fmt(p.amount)} ${n.product(p.product, p.amount)} from stock` +
    (p.capital ? `, ${fmt(p.belowFloor)} below its readiness floor (−${p.capital} capital)` : ''),
  'pledge.mustRaise': (p) => `a pledge must raise defence spending above ${fmtGdpShare(p.currentBp)} of GDP`,
  'pledge.tooHigh': (p) => `no ally pledges more than ${fmtGdpShare(p.maxBp)} of GDP`,
  'pledge.noCapital': (p, n) => `raising spending by ${fmtGdpShare(p.deltaBp)} of GDP costs ${p.cost} political capital; ${n.nation(p.nation)} has ${p.has}`,
  'pledge.made': (p, n) => `${n.nation(p.nation)} pledges ${fmtGdpShare(p.shareBp)} of GDP for defence (−${p.cost} capital, cohesion +${fmtBp(p.cohesionBp)})`,
  'plan.notOpen': () => 'no summit has called for defence-industrial plans yet',
  'plan.already': (p, n) => `${n.nation(p.nation)} has already submitted its plan`,
  'plan.noCapital': (p, n) => `a plan costs ${p.cost} political capital; ${n.nation(p.nation)} has ${p.has}`,
  'plan.submitted': (p, n) =>
    `${n.nation(p.nation)} submits a defence-industrial plan: new plants cost ${fmtBp(p.discountBp)} less` +
    (p.backed
      ? p.cohesionBp
        ? `; with its contracts behind it, cohesion +${fmtBp(p.cohesionBp)}`
        : ''
      : `; with no contract of ${possessive(n.nation(p.nation))} behind it, the plan does not move cohesion`),
  'offer.outOfRange': (p) => `${p.field} must be a whole number from ${fmt(p.min)} to ${fmt(p.max)}`,
  'offer.noBuyer': () => 'an offer needs at least one buyer',
  'offer.unknownBuyer': (p) => `unknown buyer "${p.nation}"`,
  'offer.buyerTwice': (p, n) => `${n.nation(p.nation)} is listed twice as a buyer`,
  'offer.badShare': () => 'each buyer share must be a positive whole number of bp',
  'offer.sharesSum': (p) => `buyer shares must add up to 100 %, not ${fmtBp(p.totalBp)}`,
  'offer.actorNotBuyer': (p, n) => `${n.nation(p.actor)} can only propose an offer it is a buyer on`,
  'offer.cannotPayAdvance': (p, n) => {
    // Rounded to millions the two can read the same ("€15 m (has €15 m)"): then the euros are given.
    const [part, has] = fmtEur(p.partEur) === fmtEur(p.hasEur) ? [`€${fmt(p.partEur)}`, `€${fmt(p.hasEur)}`] : [fmtEur(p.partEur), fmtEur(p.hasEur)];
    return `${n.nation(p.nation)} cannot pay its advance of ${part} (has ${has})`;
  },
  'offer.noConsent': (p, n) => `${n.nation(p.nation)} does not consent: escalation is past what its government accepts`,
  'offer.rounds': (p) => `only ${p.max} offer rounds per firm and month`,
  'offer.answered': (p, n) => `${n.firm(p.firm)} ${p.verdict === 'counter' ? 'counters' : 'rejects the offer'}`,
  'offer.signed': (p, n) => `signed ${n.contract(p.contract)}`,
  'cancel.notActive': (p, n) => `${n.contract(p.contract)} is already ${STATUS[p.status] ?? p.status}`,
  'cancel.notBuyer': (p, n) => `${n.nation(p.nation)} is not a buyer on ${n.contract(p.contract)}`,
  'cancel.done': (p, n) =>
    `cancelled ${n.contract(p.contract)}: ${n.nation(p.nation)} pays a penalty of ${fmtEur(p.penaltyEur)}${p.advanceKeptEur ? ` and loses the ${fmtEur(p.advanceKeptEur)} of advance not yet delivered against` : ''}; ${n.firm(p.firm)} trusts it less`,
  'firm.unknown': () => 'No such firm.',
  'firm.noTrust': (p, n) => `${n.firm(p.firm)} no longer trusts ${list(p.nations, n.nation)} after late payments or cancellations.`,
  'firm.wantsAdvance': (p) => `Wants an advance of at least ${fmtBp(p.advanceBp)} from a buyer it trusts little.`,
  'firm.noCapacity': (p, n) => `Has no free ${n.product(p.product, 1)} capacity and no way to add any.`,
  'firm.volumeExisting': (p) => `Can deliver at most ${fmt(p.free)} a month from existing lines.`,
  'firm.volumeNewLine': (p) => `One new line adds about ${fmt(p.addable)} a month; offers at most ${fmt(p.max)} a month.`,
  'firm.guarantee': (p) =>
    `With a capacity clause and at least ${Math.floor(p.months / 12)} years of orders, it builds a line adding about ${fmt(p.addable)} a month` +
    (p.free > 0 ? ` (or ${fmt(p.free)} a month from existing lines).` : '.'),
  'firm.priceInsult': (p) => `${fmtEur(p.offeredEur)} is far below its cost and market price (asks ${fmtEur(p.askEur)}).`,
  'firm.price': (p) => `Asks ${fmtEur(p.askEur)} a unit: costs, demand and a backlog of ${count(p.backlogMonths, 'month')}.`,
  'firm.accepts': (p, n) => `${n.firm(p.firm)} accepts: the terms cover its costs and risk.`,
  'firm.termCredit': (p) => `${TERM_CREDIT[p.term]} takes ${fmtEur(p.eur)} off.`,
  'firm.lever': (p) => `${leverWords(p)} would lower the price by ${fmtEur(p.savesEur)}.`,
  'firm.walkedAway': (p, n) =>
    p.eur > 0
      ? `You walked away from its counter-offer in ${monthLabel(p.month)}; with idle lines, ${n.firm(p.firm)} comes down ${fmtEur(p.eur)} a unit to win the order back.`
      : `You walked away from its counter-offer in ${monthLabel(p.month)}; ${n.firm(p.firm)} has no idle lines and does not come down.`,
  'line.notRunning': (p, n) => `${n.line(p.line)} is ${STATUS[p.status] ?? p.status}, not running`,
  'shift.atMax': (p, n) => `${n.line(p.line)} already runs or has ordered ${p.max} shifts`,
  'shift.noWorkers': (p, n) => `not enough skilled workers in ${n.nation(p.labourNation)}: a shift needs ${fmt(p.need)}, ${fmt(p.free)} free`,
  'shift.noMoney': (p, n) => `${n.nation(p.nation)} cannot pay the overtime premium of ${fmtEur(p.eur)} a month`,
  'shift.ordered': (p, n) => `extra shift at ${n.line(p.line)} from ${monthLabel(p.readyMonth)}, ${fmtEur(p.eur)} a month`,
  'weekend.already': (p, n) => `weekend work at ${n.line(p.line)} is already ${p.on ? 'on' : 'off'}`,
  'weekend.notPayer': (p, n) => `${n.nation(p.nation)} does not pay for weekend work at ${n.line(p.line)}`,
  'weekend.set': (p, n) => `weekend work at ${n.line(p.line)} ${p.on ? 'starts' : 'stops'}`,
  'reactivate.notMothballed': (p, n) => `${n.line(p.line)} is ${STATUS[p.status] ?? p.status}, not mothballed`,
  'reactivate.noMoney': (p, n) => `${n.nation(p.nation)} cannot pay ${fmtEur(p.eur)} to reactivate ${n.line(p.line)}`,
  'reactivate.started': (p, n) =>
    `${n.line(p.line)} reactivating: first output ${monthLabel(p.readyMonth)} (${count(p.months, 'month')}: obsolete parts, retired staff)`,
  'plant.alreadyFunded': (p, n) => `${n.template(p.template)} is already ${STATUS[p.status] ?? p.status}: a plant is funded once`,
  'plant.noMoney': (p, n) => `${n.nation(p.nation)} cannot pay ${fmtEur(p.costEur)} for ${n.template(p.template)} (has ${fmtEur(p.hasEur)})`,
  'order.unknownInputPlant': (p) => `unknown explosive or propellant plant "${p.plant}"`,
  'inputPlant.alreadyFunded': (p, n) => `${n.inputPlant(p.plant)} is already funded by ${n.nation(p.nation)}: a plant is funded once`,
  'inputPlant.noMoney': (p, n) => `${n.nation(p.nation)} cannot pay ${fmtEur(p.costEur)} for ${n.inputPlant(p.plant)} (has ${fmtEur(p.hasEur)})`,
  'inputPlant.funded': (p, n) =>
    `${n.nation(p.nation)} funds ${n.inputPlant(p.plant)} (${fmtEur(p.costEur)}): from ${monthLabel(p.readyMonth)} every line gets ${fmt(p.addsPerMonth)} ${n.inputUnit(p.input)} more ${n.input(p.input)} a month`,
  'inputPlant.opens': (p, n) =>
    `${n.inputPlant(p.plant)} opens: ${fmt(p.addsPerMonth)} ${n.inputUnit(p.input)} more ${n.input(p.input)} a month, ${fmt(p.supply)} in all for the allies' lines`,
  'plant.funded': (p, n) => `${n.nation(p.nation)} funds ${n.template(p.template)} (${fmtEur(p.costEur)}), due ${monthLabel(p.readyMonth)} if it does not slip`,
  'budget.share': (p, n) => `${n.nation(p.nation)} now spends ${fmtGdpShare(p.shareBp)} of GDP on defence`,
  'budget.month': (p, n) =>
    `${n.nation(p.nation)}: ${fmtEur(p.incomeEur)} for munitions this month` + (p.repaidEur ? `, ${fmtEur(p.repaidEur)} repaid to firms` : ''),
  'construction.slip': (p, n) => `${n.line(p.line)} slips ${count(p.months, 'month')}: now due ${monthLabel(p.readyMonth)}`,
  'construction.waitsLabour': (p, n) =>
    `${n.line(p.line)} is ready but waits for ${fmt(p.need)} skilled workers (${n.nation(p.labourNation)} has ${fmt(p.free)} free)`,
  'construction.opens': (p, n) => `${n.line(p.line)} starts production; it ramps to full rate over about two years`,
  'construction.shift': (p, n) =>
    `${n.line(p.line)} now runs ${p.shifts} shifts` +
    (p.efficiencyBp < p.wasBp
      ? `; new crews lower its efficiency from ${fmtBp(p.wasBp)} to ${fmtBp(p.efficiencyBp)} for a while`
      : '; its crews are experienced enough to keep full efficiency'),
  'production.accident': (p, n) => `Accident during weekend work at ${n.line(p.line)}: the line stops for two months`,
  'production.repaired': (p, n) => `${n.line(p.line)} is back at work after its weekend accident`,
  'production.learning': (p, n) => `${n.line(p.line)}'s crews learn the work: ${fmtBp(p.wasBp)} → ${fmtBp(p.efficiencyBp)} of full speed`,
  'production.inputBinds': (p, n) =>
    `${n.input(p.input)} binds: ${fmt(p.supply)} ${n.inputUnit(p.input)} available for ${fmt(p.need)} ${n.inputUnit(p.input)} needed, lines make ${fmtBp(p.scaleBp)} of plan`,
  'production.made': (p, n) => madeSentence(p, n),
  'delivery.late': (p, n) => `${n.nation(p.nation)} could not pay ${n.firm(p.firm)} in full: debt now ${fmtEur(p.debtEur)}, trust falls`,
  'contract.starts': (p, n) =>
    `${n.contract(p.contract)} starts its deliveries: it calls for ${fmt(p.perMonth)} ${n.product(p.product, p.perMonth)} a month from ${n.firm(p.firm)} for ${count(p.months, 'month')}`,
  'delivery.made': (p, n) => {
    const where =
      p.to === 'stock' ? `${possessive(n.nation(p.nation))} stock` : p.to === 'held' ? `a depot: ${possessive(n.nation(p.nation))} aid is frozen` : 'Ukraine';
    return `${n.firm(p.firm)} delivered ${fmt(p.units)} ${n.product(p.product, p.units)} to ${where} under ${n.contract(p.contract)}`;
  },
  'russia.supply': (p) =>
    `Russia made ${fmt(p.production)} shells` + (p.imports ? ` and imported ${fmt(p.imports)} (${p.sources})` : '') + `; stock ${fmt(p.stock)}`,
  'russia.economy': (p) =>
    `Russia's new lines made ${fmt(p.made)} shells (capacity ${fmt(p.capacity)} a month) and its depots refurbished ${fmt(p.refurbished)} old ones (${fmtMillions(p.pool)} left)` +
    (p.imports ? `; it imported ${fmt(p.imports)} (${p.sources})` : '') +
    `; stock ${fmt(p.stock)}`,
  'russia.doctrine': (p) => doctrineText(p),
  'russia.fire': (p) =>
    p.rebuildBp && p.fired >= p.demand
      ? `Russia fired ${fmt(p.fired)} shells, ${fmtBp(p.rebuildBp)} of what its doctrine would, to rebuild its stock`
      : p.fired >= p.demand
        ? `Russia fired ${fmt(p.fired)} shells, all its doctrine wants this month`
        : `Russia fired ${fmt(p.fired)} shells, fewer than the ${fmt(p.demand)} its doctrine wants: it keeps ${count(p.reserveMonths, 'month')} of fire in reserve (stock ${fmt(p.stock)})`,
  'path.change': (p, n) => {
    const w = PATH_WORDS[p.path] ?? { what: p.path, rate: (x: number) => fmt(x) };
    const note = n.pathNote(p.path, p.sinceMonth);
    return (
      `Scripted in the scenario: from ${monthLabel(p.sinceMonth)} ${w.what} ${w.rate(p.toPerMonth)}, ${p.toPerMonth < p.fromPerMonth ? 'down' : 'up'} from ${w.rate(p.fromPerMonth)}` +
      (note ? `. ${note}` : '')
    );
  },
  'front.base': (p) =>
    `The balance of fire here, with both sides' fire spread evenly and Ukraine firing all its doctrine wants: ` +
    `${fmt(p.ruFire)} Russian against ${fmt(p.uaFire)} Ukrainian rounds (${fmtRatio(p.ratioBp)}): ${forRussia(p.gainKm2)}`,
  'front.short': (p) => `Ukraine's stock ran short: it fired ${fmt(p.fired)} of the ${fmt(p.wanted)} rounds its doctrine wants: ${forRussia(p.gainKm2)} here`,
  'front.focus': (p, n) => {
    const did = p.pressed === 'feint' ? 'made a diversionary attack' : 'concentrated its fire';
    return p.sector === p.target
      ? `Russia ${did} here: ${fmt(p.ruFire)} rounds instead of ${fmt(p.evenFire)} spread evenly: ${forRussia(p.gainKm2)}`
      : `Russia ${did} in ${n.sector(p.target)}: ${fmt(p.ruFire)} rounds here instead of ${fmt(p.evenFire)}: ${forRussia(p.gainKm2)}`;
  },
  'front.airHere': (p) => `Russian aviation adds ${fmtBp(p.threatBp)} to its fire, as Ukraine has too few air-defence missiles: ${forRussia(p.gainKm2)}`,
  'front.pressure': (p) =>
    `Russian ground assaults besides artillery (infantry, glide bombs, drones) at ${fmtBp(p.offensiveBp)} of the autumn-2022 pace, as the scenario scripts them: ${forRussia(p.gainKm2)}`,
  'front.manpower': (p) =>
    `This war's Russian manpower, as the seed drew it within the record: ${p.manpowerBp >= 10_000 ? 'more' : 'fewer'} recruits, ground pressure ${fmtBp(p.manpowerBp)} of the scenario's: ${forRussia(p.gainKm2)}`,
  // An offensive surge raises the pressure on every sector (events.ts), so a sector far from the event's town still
  // moves by it: say so, or "The assault on Bakhmut" reads as a cause of a gain in Kharkiv (play-test).
  'front.surge': (p, n) => `${n.event(p.event).title}: Russian ground pressure +${fmtBp(p.deltaBp)} along the whole front: ${forRussia(p.gainKm2)} here`,
  'front.doctrine': (p) =>
    p.mode === 'offensive'
      ? `Russia's offensive, as Ukraine ran short: ground pressure +${fmtBp(p.deltaBp)}: ${forRussia(p.gainKm2)}`
      : `Russia digs in against Ukraine's stock: ground pressure −${fmtBp(-p.deltaBp)}: ${forRussia(p.gainKm2)}`,
  'front.air': (p, n) =>
    `Ukraine has ${fmt(p.stock)} ${n.product(p.product, p.stock)} against a need of ${fmt(p.need)}: Russian aviation adds ${fmtBp(p.threatBp)} to its fire; ${fmt(p.fired)} fired`,
  'front.ownOutput': (p, n) => `Ukraine's own plants made ${fmt(p.units)} ${n.product(p.product, p.units)}`,
  'front.fired': (p) =>
    `Ukraine began the month with ${fmt(p.start)} shells and received ${fmt(p.received)}; ` +
    `it fired ${fmt(p.fired)} of the ${fmt(p.demand)} its doctrine wants` +
    // Why it held back (front.ts, fireUkrainianArtillery): the arrivals listed below do not say it (play-test).
    (p.fired < p.demand ? `, as it fires at most ${fmtBp(p.rationBp)} of its stock in a month and keeps the rest in reserve` : '') +
    `, leaving ${fmt(p.left)} at the month's end`,
  'front.sector': (p, n) =>
    `${n.sector(p.sector)}: fire ratio ${fmtRatio(p.ratioBp)} (${fmt(p.ruFire)} Russian vs ${fmt(p.uaFire)} Ukrainian rounds); ` +
    (p.gainKm2 >= 0 ? `Russia gained ${fmt(p.gainKm2)}` : `Ukraine regained ${fmt(-p.gainKm2)}`) +
    ' km².' +
    (p.pressed === 'concentrated' ? ' Russia concentrated its fire here.' : p.pressed === 'feint' ? ' Russia made a diversionary attack here.' : ''),
  'politics.electionCut': (p, n) =>
    `${possessive(n.nation(p.nation))} election (support ${fmtBp(p.supportBp)}) brings a government that cuts the munitions effort by ${fmtBp(p.cutBp)}: ` +
    `${fmtEur(p.toEur)} a month instead of ${fmtEur(p.fromEur)} from next month`,
  'politics.electionKeep': (p, n) => `${possessive(n.nation(p.nation))} election returns a government that keeps the course (+${p.capital} capital)`,
  'politics.release': (p, n) => `${possessive(n.nation(p.nation))} aid freeze ends: ${fmt(p.held)} held ${n.product(p.product, p.held)} go on to Ukraine`,
  'politics.request': (p, n) =>
    `Ukraine's request for ${fmt(p.amount)} ${n.product(p.product, p.amount)} by ${monthLabel(p.byMonth)} was ${p.met ? 'met' : `missed (${fmt(p.received)} arrived after it asked)`}: cohesion ${p.cohesionBp >= 0 ? '+' : '−'}${fmtBp(Math.abs(p.cohesionBp))}`,
  event: (p, n) => {
    const e = n.event(p.event);
    return `${e.title}: ${e.text}`;
  },
};

/** The English sentence for a message. */
export function formatMessage(m: Message, names: Names): string {
  return (EN[m.id] as (p: unknown, n: Names) => string)(m.params, names);
}

/** "Scranton made 7,400 of 11,000 possible 155 mm shells: explosive fill short by 14,500 kg across all lines". */
function madeSentence(p: MessageParams['production.made'], n: Names): string {
  const head = `${n.line(p.line)} made ${fmt(p.units)}`;
  if (p.idle) return `${head} ${n.product(p.product, 0)}: no contract of ${n.firm(p.firm)} calls for its output, so it stood idle and still paid upkeep`;
  const how = `${count(p.shifts, 'shift')}${p.weekend ? ' + weekends' : ''} at ${fmtBp(p.efficiencyBp)} efficiency${p.efficiencyBp < 10000 ? ', still learning' : ''}`;
  if (p.units >= p.possible) return `${head} ${n.product(p.product, p.units)} (${how})`;
  const caps: string[] = [];
  if (p.uncontracted > 0) caps.push(`${possessive(n.firm(p.firm))} contracts call for no more (${fmt(p.uncontracted)} a month of capacity has no order)`);
  if (p.input) caps.push(`${n.input(p.input)} short by ${fmt(p.inputShort)} ${n.inputUnit(p.input)} across all lines`);
  return `${head} of ${fmt(p.possible)} possible ${n.product(p.product, p.possible)}: ${caps.join('; ')} (${how})`;
}
