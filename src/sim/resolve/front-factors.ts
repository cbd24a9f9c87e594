/**
 * Why a sector moved: its gain split into parts that add up to it exactly.
 * The month is replayed on the front's tables from a plain start (both sides
 * spread evenly, Ukraine firing all its doctrine wants, no aviation, ground
 * pressure at the autumn-2022 pace), then each factor is switched on in a fixed
 * order (Ukraine's shortfall, Russia's concentration, its aviation, its
 * scripted ground pressure, this war's Russian manpower as the seed drew it,
 * each offensive the news started, its doctrine's offensive or digging in); what a factor
 * adds is its part. Each sector gets its own parts, so its Why? is its own.
 * Report only: it draws nothing and changes nothing.
 */
import { BP, applyBp, ratioBp } from '../int-math';
import { msg, type Message } from '../messages';
import type { DeepReadonly } from '../content';
import type { ReportEntry } from '../report';
import type { SourceRef } from '../types';
import type { PhaseContext } from './context';
import { fireTableGain, gainFromTable, manpowerBpOf } from './sector-gain';
import { pathEntryId } from './scripted';

/** The month's fire as the front split it, with the even splits the plain start uses. */
export interface FrontSplit {
  ruParts: number[];
  uaParts: number[];
  /** Russia's fire, Ukraine's actual fire, and Ukraine's full demand, each spread evenly over the sectors */
  ruEven: number[];
  uaEven: number[];
  uaFullEven: number[];
  uaFired: number;
  uaDemand: number;
  airBp: number;
  /** the air-threat entry, when there is one */
  airId: string;
  /** the scripted ground pressure, and the offensives on top of it */
  pathOffensiveBp: number;
  /** the source of the pressure's point in force (read once a month, not for every sector) */
  pathOffensiveSource: DeepReadonly<SourceRef> | undefined;
  /** that pressure at this war's Russian manpower (the seed's draw, bp) */
  mannedOffensiveBp: number;
  manpowerBp: number;
  surges: { eventId: string; deltaBp: number; source: DeepReadonly<SourceRef> | undefined }[];
  /** the pressure after the doctrine's choice (doctrine.ts): more on the offensive, less dug in */
  doctrineOffensiveBp: number;
  target: number;
  feint: boolean;
}

/**
 * One sector's chain: its gain at each step, and the factor entries made so far. A class, not closures made for every
 * sector each month: tsx names each closure as it is made, and that showed in the profile (issue 14, report on : off).
 */
class FactorChain {
  readonly causes: string[] = [];
  readonly weights: number[] = [];
  // The troops' factor is the same at every step (issue 14, report on : off).
  private readonly manpowerBp: number;

  constructor(
    private readonly ctx: PhaseContext,
    private readonly sector: PhaseContext['state']['sectors'][number],
    private readonly noise: number,
  ) {
    this.manpowerBp = manpowerBpOf(ctx.content.rules.front, sector);
  }

  /** The sector's gain at a step: a fire-table gain under a ground pressure (bp). */
  at(table: number, offensiveBp: number): number {
    const { manpowerBp, noise } = this;
    return gainFromTable(this.ctx.content.rules.front, this.sector, { table, manpowerBp, offensiveBp, noise });
  }

  add(key: string, weight: number, message: Message, causes: string[], source?: DeepReadonly<SourceRef>): void {
    const id = this.sector.id;
    // No object spread here: it ran for every factor of every sector each month (issue 14, report on : off).
    const entry: ReportEntry = { id: `factor:${id}:${key}`, kind: 'factor', subject: id, message, delta: weight, causes };
    if (source) entry.source = { ...source };
    this.causes.push(this.ctx.report.add(entry));
    this.weights.push(weight);
  }
}

/** Adds the sector's factor entries (before the sector's state changes: the tables read it) and returns them as causes with weights in km². */
export function explainSector(ctx: PhaseContext, i: number, x: FrontSplit, noise: number): { causes: string[]; weights: number[] } {
  const { content: c, state: s } = ctx;
  const f = c.rules.front;
  const sector = s.sectors[i]!;
  const id = sector.id;
  // The steps after aviation share its fire: the fire table is read four times a sector, not at every step (issue 14).
  const chain = new FactorChain(ctx, sector, noise);

  // The chain: each step switches one more factor on; a factor that adds nothing is left out.
  const ru = x.ruParts[i]!;
  const ua = x.uaParts[i]!;
  const ruEven = x.ruEven[i]!;
  const uaFull = x.uaFullEven[i]!;
  const ruAir = ru + applyBp(ru, x.airBp);
  const withAir = fireTableGain(f, ruAir, ua);
  const base = chain.at(fireTableGain(f, ruEven, uaFull), BP);
  const short = chain.at(fireTableGain(f, ruEven, x.uaEven[i]!), BP);
  const focus = chain.at(fireTableGain(f, ru, ua), BP);
  const air = chain.at(withAir, BP);
  const pressure = chain.at(withAir, x.pathOffensiveBp);

  const baseCauses = ['russia:fire', 'stock:ukraine'];
  if (ctx.pathChanges.has('ukraineFire')) baseCauses.push(pathEntryId('ukraineFire'));
  chain.add(
    'base',
    base,
    msg('front.base', { sector: id, ruFire: ruEven, uaFire: uaFull, ratioBp: ratioBp(ruEven, Math.max(1, uaFull)), gainKm2: base }),
    baseCauses,
  );
  if (short !== base)
    chain.add('short', short - base, msg('front.short', { sector: id, fired: x.uaFired, wanted: x.uaDemand, gainKm2: short - base }), ['stock:ukraine']);
  if (focus !== short) {
    const target = s.sectors[x.target]!.id;
    const pressed = x.feint ? 'feint' : 'concentrated';
    // How much Russia concentrates is the doctrine's choice when it has one.
    const causes = c.russia.doctrine ? ['russia:doctrine'] : [];
    chain.add('focus', focus - short, msg('front.focus', { sector: id, target, pressed, ruFire: ru, evenFire: ruEven, gainKm2: focus - short }), causes);
  }
  if (air !== focus) chain.add('air', air - focus, msg('front.airHere', { sector: id, threatBp: x.airBp, gainKm2: air - focus }), x.airId ? [x.airId] : []);
  if (pressure !== air) {
    const causes = ctx.pathChanges.has('russiaOffensive') ? [pathEntryId('russiaOffensive')] : [];
    chain.add(
      'pressure',
      pressure - air,
      msg('front.pressure', { sector: id, offensiveBp: x.pathOffensiveBp, gainKm2: pressure - air }),
      causes,
      x.pathOffensiveSource,
    );
  }
  const manned = chain.at(withAir, x.mannedOffensiveBp);
  if (manned !== pressure && c.russia.seeded) {
    const message = msg('front.manpower', { sector: id, manpowerBp: x.manpowerBp, gainKm2: manned - pressure });
    chain.add('manpower', manned - pressure, message, [], c.russia.seeded.manpower.source);
  }
  let [before, offensive] = [manned, x.mannedOffensiveBp];
  for (const surge of x.surges) {
    offensive += surge.deltaBp;
    const now = chain.at(withAir, offensive);
    if (now !== before) {
      const message = msg('front.surge', { sector: id, event: surge.eventId, deltaBp: surge.deltaBp, gainKm2: now - before });
      chain.add(`surge:${surge.eventId}`, now - before, message, [`event:${surge.eventId}`], surge.source);
    }
    before = now;
  }
  if (x.doctrineOffensiveBp !== offensive) {
    const now = chain.at(withAir, x.doctrineOffensiveBp);
    if (now !== before) {
      const message = msg('front.doctrine', { sector: id, mode: s.russia.doctrine, deltaBp: x.doctrineOffensiveBp - offensive, gainKm2: now - before });
      chain.add('doctrine', now - before, message, ['russia:doctrine'], c.russia.doctrine?.source);
    }
  }
  return { causes: chain.causes, weights: chain.weights };
}
