/**
 * Phase 7, the front: each side fires what it has up to its doctrine's demand.
 * Russia's doctrine concentrates where its ratio was best last month (and
 * sometimes feints); Ukraine defends where it is pressed. Fire ratio, troops
 * and fortification give territory and losses through the scenario's
 * `rules.front` tables. When air-defence missiles run low, Russian aviation
 * adds to its fire and engagements use up more of them. Products act by their
 * role: every artillery product counts towards fire by its `fireValueBp`.
 */
import { productsWithRole, productSpec } from '../content';
import { applyBp, BP, ceilDiv, clamp, lookup, ratioBp, splitByWeights } from '../int-math';
import { msg } from '../messages';
import { withStream } from '../rng';
import type { GameState } from '../types';
import type { PhaseContext } from './context';
import { explainSector, type FrontSplit } from './front-factors';
import { rateAt } from './russia';
import { doctrineFireBp, doctrinePressure } from './doctrine';
import { pathEntryId, pointAt } from './scripted';
import { sectorGain } from './sector-gain';

/** The sector Russia's doctrine presses: best ratio last month, ties by order. */
export function pressedSector(s: GameState): number {
  let best = 0;
  for (let i = 1; i < s.sectors.length; i++) if (s.sectors[i]!.lastRatioBp > s.sectors[best]!.lastRatioBp) best = i;
  return best;
}

/** Ukraine's artillery in reference rounds: each product's stock at its fire value. */
export function ukraineArtillery(ctx: Pick<PhaseContext, 'content' | 'state'>): number {
  let total = 0;
  for (const p of productsWithRole(ctx.content, 'artillery')) total += applyBp(ctx.state.ukraine.stock[p.id]!, p.fireValueBp);
  return total;
}

/** Ukraine fires up to its demand from every artillery product in turn, each within its ration. Returns reference rounds fired. */
function fireUkrainianArtillery(ctx: PhaseContext, demand: number): number {
  const { content: c, state: s } = ctx;
  let left = demand;
  let fired = 0;
  for (const p of productsWithRole(c, 'artillery')) {
    const stock = s.ukraine.stock[p.id]!;
    const take = Math.min(left, applyBp(applyBp(stock, c.ukraine.rationBp), p.fireValueBp));
    if (take <= 0) continue;
    s.ukraine.stock[p.id] = stock - Math.min(stock, ceilDiv(take * BP, p.fireValueBp));
    left -= take;
    fired += take;
  }
  return fired;
}

/** Air defence: cover against need sets how much aviation Russia dares commit; engagements use missiles. */
function airDefence(ctx: PhaseContext): { airBp: number; stock: number; used: number } {
  const { content: c, state: s } = ctx;
  const f = c.rules.front;
  const products = productsWithRole(c, 'airDefence');
  let stock = 0;
  for (const p of products) stock += s.ukraine.stock[p.id]!;
  const need = c.ukraine.airDefenceNeed;
  const coverBp = need ? clamp(ratioBp(stock, need), 0, BP) : BP;
  const airBp = lookup(f.airThreatByCover, coverBp);
  const used = Math.min(stock, f.airDefenceBaseUse + Math.floor(airBp / f.airDefencePerThreatBp));
  let left = used;
  for (const p of products) {
    const take = Math.min(left, s.ukraine.stock[p.id]!);
    s.ukraine.stock[p.id]! -= take;
    left -= take;
  }
  s.tally.airDefenceFired += used;
  return { airBp, stock, used };
}

interface Fire {
  ruParts: number[];
  uaParts: number[];
  recruitsRu: number[];
  recruitsUa: number[];
  ruFire: number;
  airBp: number;
  offensiveBp: number;
  target: number;
  feint: boolean;
}

/** One sector's month: ratio, gain, fortification, losses and its report entry. */
function resolveSector(ctx: PhaseContext, i: number, fire: Fire, noise: number, split: FrontSplit | null): { gain: number; ruEff: number } {
  const { content: c, state: s, report: r } = ctx;
  const f = c.rules.front;
  const sector = s.sectors[i]!;
  const ruEff = fire.ruParts[i]! + applyBp(fire.ruParts[i]!, fire.airBp);
  const uaHere = fire.uaParts[i]!;
  const ratio = ratioBp(ruEff, Math.max(1, uaHere));
  const gain = sectorGain(f, sector, { ruEff, uaHere, offensiveBp: fire.offensiveBp, noise });
  // Asked before the sector changes: the what-ifs read its troops, fortification and ground.
  const why = split ? explainSector(ctx, i, split, noise) : null;
  sector.ukraineHeldKm2 -= gain;
  sector.fortificationBp = clamp(sector.fortificationBp + (gain > 0 ? -f.fortifyLossPerLosingMonthBp : f.fortifyPerQuietMonthBp), 0, f.fortificationMaxBp);
  const ruLoss = Math.floor(uaHere / f.ruLossesPerRounds) + f.ruLossesPerKm2 * Math.max(0, gain);
  const uaLoss = Math.floor(ruEff / f.uaLossesPerRounds) + f.uaLossesPerKm2 * Math.max(0, gain);
  sector.russiaTroops = Math.max(f.minTroops, sector.russiaTroops - ruLoss + fire.recruitsRu[i]!);
  sector.ukraineTroops = Math.max(f.minTroops, sector.ukraineTroops - uaLoss + fire.recruitsUa[i]!);
  s.tally.russiaLosses += ruLoss;
  s.tally.ukraineLosses += uaLoss;
  sector.russianFireShareBp = ratioBp(fire.ruParts[i]!, Math.max(1, fire.ruFire));
  sector.lastRatioBp = ratio;
  sector.lastRussianFire = ruEff;
  sector.lastUkrainianFire = uaHere;
  sector.lastGainKm2 = gain;
  if (why) {
    const pressed = i !== fire.target ? 'no' : fire.feint ? 'feint' : 'concentrated';
    const message = msg('front.sector', { sector: sector.id, ratioBp: ratio, ruFire: ruEff, uaFire: uaHere, gainKm2: gain, pressed });
    r.add({ id: `front:${sector.id}`, kind: 'front', subject: sector.id, message, delta: -gain, causes: why.causes, weights: why.weights });
  }
  return { gain, ruEff };
}

/** Russia's fire for the month: what its doctrine wants, within what its stock allows; told with the scripted change, if any. */
function russianFire(ctx: PhaseContext): number {
  const { content: c, state: s, report: r } = ctx;
  const ru = s.russia;
  const scripted = rateAt(c.russia.fireDemandPath, s.month);
  // Rebuilding its stock, Russia fires only part of what its doctrine would (doctrine.ts).
  const rebuildBp = doctrineFireBp(c, s);
  const demand = applyBp(scripted, rebuildBp);
  const stock = ru.stockShells;
  const fired = Math.min(demand, Math.floor(stock / Math.max(1, c.russia.stockMonthsReserve)));
  ru.stockShells -= fired;
  if (r.on) {
    const causes = [
      ...(ctx.pathChanges.has('russiaFire') ? [pathEntryId('russiaFire')] : []),
      ...(rebuildBp < BP ? ['russia:doctrine'] : []),
      ...(fired < demand ? ['russia:supply'] : []),
    ];
    const message = msg('russia.fire', { fired, demand, stock, reserveMonths: c.russia.stockMonthsReserve, rebuildBp: rebuildBp < BP ? rebuildBp : 0 });
    r.add({ id: 'russia:fire', kind: 'russia', subject: 'RU', message, delta: fired, causes });
  }
  return fired;
}

/** Arrivals of a product role as weighted causes: each arrival's part of what came in, at the product's fire value for artillery. */
function arrivalsOf(ctx: PhaseContext, role: 'artillery' | 'airDefence'): { causes: string[]; weights: number[] } {
  const causes: string[] = [];
  const weights: number[] = [];
  for (const a of ctx.toUkraine) {
    const spec = productSpec(ctx.content, a.product);
    if (spec?.role !== role) continue;
    causes.push(a.id);
    weights.push(role === 'artillery' ? applyBp(a.units, spec.fireValueBp) : a.units);
  }
  return { causes, weights };
}

export function resolveFront(ctx: PhaseContext): void {
  const { content: c, state: s, report: r } = ctx;
  const ua = s.ukraine;
  const ru = s.russia;
  const n = s.sectors.length;

  // Ukraine's own output and what it buys elsewhere arrive before it fires.
  const own = c.ukraine.ownProduct;
  ua.stock[own]! += c.ukraine.ownProductionPerMonth;
  s.tally.artilleryFromElsewhere += applyBp(c.ukraine.ownProductionPerMonth, productSpec(c, own)!.fireValueBp);
  if (r.on && c.ukraine.ownProductionPerMonth > 0) {
    const id = r.add({
      id: 'ukraine:own',
      kind: 'stock',
      subject: 'UA',
      message: msg('front.ownOutput', { product: own, units: c.ukraine.ownProductionPerMonth }),
      delta: c.ukraine.ownProductionPerMonth,
      causes: [],
    });
    ctx.toUkraine.push({ id, product: own, units: c.ukraine.ownProductionPerMonth });
  }

  const uaDemand = rateAt(c.ukraine.fireDemandPath, s.month);
  const uaFire = fireUkrainianArtillery(ctx, uaDemand);
  // This war's offensives come when the seed put them: the path read `offensiveDelay` months back.
  const pathOffensiveBp = rateAt(c.russia.offensivePath, s.month - ru.offensiveDelay);
  // The scripted pressure at this war's Russian manpower, as the seed drew it.
  const mannedOffensiveBp = applyBp(pathOffensiveBp, ru.manpowerBp);
  let surgedBp = mannedOffensiveBp;
  const surges = ru.surges.filter((x) => x.untilMonth >= s.month);
  for (const surge of surges) surgedBp += surge.deltaBp;
  ru.surges = ru.surges.filter((x) => x.untilMonth > s.month);
  // The doctrine presses harder where Ukraine ran short, or digs in against a stocked Ukraine (doctrine.ts).
  const { offensiveBp, concentrationBp: concentration } = doctrinePressure(c, s, { offensiveBp: surgedBp, concentrationBp: c.russia.concentrationBp });
  const ruFire = russianFire(ctx);
  s.tally.artilleryFiredUkraine += uaFire;
  s.tally.shellsFiredRussia += ruFire;

  const air = airDefence(ctx);
  const { target, feint } = withStream(s, 'ai', (rng) => {
    const pressed = pressedSector(s);
    if (rng.chance(c.russia.feintChanceBp)) return { target: rng.int(0, n - 1), feint: true };
    return { target: pressed, feint: false };
  });
  const ruWeights = s.sectors.map((_, i) => Math.floor((BP - concentration) / n) + (i === target ? concentration : 0));

  const airProduct = productsWithRole(c, 'airDefence')[0]?.id ?? '';
  let airId = '';
  if (r.on && air.airBp > 0) {
    const stingers = arrivalsOf(ctx, 'airDefence');
    airId = r.add({
      id: 'front:air',
      kind: 'front',
      subject: 'air',
      message: msg('front.air', { product: airProduct, stock: air.stock, need: c.ukraine.airDefenceNeed, threatBp: air.airBp, fired: air.used }),
      delta: -air.used,
      ...stingers,
    });
  }
  ctx.ukraineFire = { fired: uaFire, demand: uaDemand };

  const uaWeights = ruWeights.map((w) => w + c.rules.front.ukraineSpreadWeightBp);
  const fire: Fire = {
    ruParts: splitByWeights(ruFire, ruWeights),
    uaParts: splitByWeights(uaFire, uaWeights),
    recruitsRu: splitByWeights(ru.recruitsPerMonth, ruWeights),
    recruitsUa: splitByWeights(
      c.ukraine.recruitsPerMonth,
      s.sectors.map(() => 1),
    ),
    ruFire,
    airBp: air.airBp,
    offensiveBp,
    target,
    feint,
  };
  const even = s.sectors.map(() => 1);
  const split: FrontSplit | null = r.on
    ? {
        ruParts: fire.ruParts,
        uaParts: fire.uaParts,
        ruEven: splitByWeights(ruFire, even),
        uaEven: splitByWeights(uaFire, even),
        uaFullEven: splitByWeights(uaDemand, even),
        uaFired: uaFire,
        uaDemand,
        airBp: air.airBp,
        airId,
        pathOffensiveBp,
        pathOffensiveSource: pointAt(c.russia.offensivePath, s.month - ru.offensiveDelay)?.source,
        mannedOffensiveBp,
        manpowerBp: ru.manpowerBp,
        surges: surges.map((x) => ({ eventId: x.eventId, deltaBp: x.deltaBp, source: c.events.find((e) => e.id === x.eventId)?.source })),
        doctrineOffensiveBp: offensiveBp,
        target,
        feint,
      }
    : null;
  let totalGain = 0;
  let ruEffTotal = 0;
  withStream(s, 'front', (rng) => {
    for (let i = 0; i < n; i++) {
      const noise = rng.int(-c.rules.front.gainNoiseBp, c.rules.front.gainNoiseBp);
      const { gain, ruEff } = resolveSector(ctx, i, fire, noise, split);
      totalGain += gain;
      ruEffTotal += ruEff;
    }
  });
  const monthRatio = ratioBp(ruEffTotal, Math.max(1, uaFire));
  s.tally.russianGainKm2 += totalGain;
  s.tally.fireRatioSumBp += Math.min(monthRatio, c.rules.front.averageRatioCapBp);
  s.tally.fireRatioTurns++;
}

/**
 * Ukraine's stock story for the month, told after the last arrivals (held aid released in the
 * politics phase): began with, received, fired, left. "Left" is the month's closing figure,
 * the same number the summary and the next month's intelligence start from.
 */
export function reportUkraineStock(ctx: PhaseContext): void {
  const r = ctx.report;
  if (!r.on) return;
  const left = ukraineArtillery(ctx);
  const { fired, demand } = ctx.ukraineFire;
  r.add({
    id: 'stock:ukraine',
    kind: 'stock',
    subject: 'UA',
    message: msg('front.fired', {
      start: ctx.ukraineAtStart,
      received: left + fired - ctx.ukraineAtStart,
      fired,
      demand,
      left,
      rationBp: ctx.content.ukraine.rationBp,
    }),
    delta: -fired,
    ...arrivalsOf(ctx, 'artillery'),
  });
}
