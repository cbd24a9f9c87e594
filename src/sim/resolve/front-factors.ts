/**
 * Why a sector moved: its gain split into parts that add up to it exactly.
 * The month is replayed on the front's tables from a plain start (both sides
 * spread evenly, Ukraine firing all its doctrine wants, no aviation, ground
 * pressure at the 2023 pace), then each factor is switched on in a fixed
 * order (Ukraine's shortfall, Russia's concentration, its aviation, its
 * scripted ground pressure, each offensive the news started); what a factor
 * adds is its part. Each sector gets its own parts, so its Why? is its own.
 * Report only: it draws nothing and changes nothing.
 */
import { BP, applyBp, ratioBp } from '../int-math';
import { msg, type Message } from '../messages';
import type { SourceRef } from '../types';
import type { PhaseContext } from './context';
import { sectorGain } from './sector-gain';
import { pathEntryId, pointAt } from './scripted';

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
  surges: { eventId: string; deltaBp: number }[];
  target: number;
  feint: boolean;
}

interface Part {
  key: string;
  message: Message;
  weight: number;
  causes: string[];
  source?: SourceRef;
}

/** A factor before its part is known: its message is written once the part is. */
type Draft = Omit<Part, 'weight' | 'message'> & { message: (gainKm2: number) => Message };

/** Adds the sector's factor entries (before the sector's state changes: the tables read it) and returns them as causes with weights in km². */
export function explainSector(ctx: PhaseContext, i: number, x: FrontSplit, noise: number): { causes: string[]; weights: number[] } {
  const { content: c, state: s, report: r } = ctx;
  const sector = s.sectors[i]!;
  const id = sector.id;
  const gain = (ruEff: number, uaHere: number, offensiveBp: number) => sectorGain(c.rules.front, sector, { ruEff, uaHere, offensiveBp, noise });
  const parts: Part[] = [];
  let last = 0;
  const step = (next: number, part: Draft) => {
    const weight = next - last;
    last = next;
    if (weight !== 0 || part.key === 'base') parts.push({ ...part, message: part.message(weight), weight });
  };

  const ru = x.ruParts[i]!;
  const ruAir = ru + applyBp(ru, x.airBp);
  const baseCauses = ['russia:fire', 'stock:ukraine', ...(ctx.pathChanges.has('ukraineFire') ? [pathEntryId('ukraineFire')] : [])];
  const [ruEven, uaFull] = [x.ruEven[i]!, x.uaFullEven[i]!];
  step(gain(ruEven, uaFull, BP), {
    key: 'base',
    message: (g) => msg('front.base', { sector: id, ruFire: ruEven, uaFire: uaFull, ratioBp: ratioBp(ruEven, Math.max(1, uaFull)), gainKm2: g }),
    causes: baseCauses,
  });
  step(gain(ruEven, x.uaEven[i]!, BP), {
    key: 'short',
    message: (g) => msg('front.short', { sector: id, fired: x.uaFired, wanted: x.uaDemand, gainKm2: g }),
    causes: ['stock:ukraine'],
  });
  const target = s.sectors[x.target]!.id;
  step(gain(ru, x.uaParts[i]!, BP), {
    key: 'focus',
    message: (g) => msg('front.focus', { sector: id, target, pressed: x.feint ? 'feint' : 'concentrated', ruFire: ru, evenFire: ruEven, gainKm2: g }),
    causes: [],
  });
  step(gain(ruAir, x.uaParts[i]!, BP), {
    key: 'air',
    message: (g) => msg('front.airHere', { sector: id, threatBp: x.airBp, gainKm2: g }),
    causes: x.airId ? [x.airId] : [],
  });
  const point = pointAt(c.russia.offensivePath, s.month);
  step(gain(ruAir, x.uaParts[i]!, x.pathOffensiveBp), {
    key: 'pressure',
    message: (g) => msg('front.pressure', { sector: id, offensiveBp: x.pathOffensiveBp, gainKm2: g }),
    causes: ctx.pathChanges.has('russiaOffensive') ? [pathEntryId('russiaOffensive')] : [],
    ...(point?.source ? { source: { ...point.source } } : {}),
  });
  let offensive = x.pathOffensiveBp;
  for (const surge of x.surges) {
    offensive += surge.deltaBp;
    const event = c.events.find((e) => e.id === surge.eventId);
    step(gain(ruAir, x.uaParts[i]!, offensive), {
      key: `surge:${surge.eventId}`,
      message: (g) => msg('front.surge', { sector: id, event: surge.eventId, deltaBp: surge.deltaBp, gainKm2: g }),
      causes: [`event:${surge.eventId}`],
      ...(event ? { source: { ...event.source } } : {}),
    });
  }

  for (const p of parts)
    r.add({
      id: `factor:${id}:${p.key}`,
      kind: 'factor',
      subject: id,
      message: p.message,
      delta: p.weight,
      causes: p.causes,
      ...(p.source ? { source: p.source } : {}),
    });
  return { causes: parts.map((p) => `factor:${id}:${p.key}`), weights: parts.map((p) => p.weight) };
}
