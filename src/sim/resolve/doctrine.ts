/**
 * Russia's doctrine, chosen at the start of each month from what its staff can see of the last:
 * - **rebuild** when its own stock is under `rebuildBelowMonths` of its fire: it fires less and runs its lines harder;
 * - **offensive** when Ukraine fired under `offensiveBelowBp` of what it needed and Russia outfired it by
 *   `offensiveRatioBp` or more (the early-2024 surge while US aid was blocked, five to seven Russian
 *   rounds to one, calibration-facts §6, §10; not Ukraine's own counter-offensive of summer 2023, when
 *   it wanted more than it had but matched Russia's fire): more ground pressure, fire concentrated
 *   where Ukraine is weakest;
 * - **digIn** when Ukraine holds more than `buildUpMonths` of its fire: Russia grinds, with less ground
 *   pressure and its fire spread along the line;
 * - **attrition** otherwise: its scripted course.
 * Without a doctrine in the content Russia keeps its scripted course every month.
 */
import { applyBp, BP, ratioBp } from '../int-math';
import { msg } from '../messages';
import type { DoctrineMode, GameState } from '../types';
import type { ScenarioContent } from '../content';
import type { PhaseContext } from './context';
import { rateAt } from './russia';
import { ukraineArtillery } from './front';

/** What Russia's staff reads from the last month: Ukraine's fire against its need, its stock, Russia's own stock. */
export interface DoctrineSignals {
  /** Ukraine's fire last month over what it needed (bp); BP before any month was fought */
  ukraineFiredBp: number;
  /** last month's fire ratio, Russia to Ukraine (bp); 0 before any month was fought */
  ratioBp: number;
  /** Ukraine's artillery in months of its fire (tenths) */
  ukraineStockTenths: number;
  /** Russia's stock in months of its fire (tenths) */
  russiaStockTenths: number;
}

export function doctrineSignals(c: ScenarioContent, s: GameState): DoctrineSignals {
  const fired = s.sectors.reduce((sum, x) => sum + x.lastUkrainianFire, 0);
  const russian = s.sectors.reduce((sum, x) => sum + x.lastRussianFire, 0);
  const needed = rateAt(c.ukraine.fireDemandPath, s.month - 1);
  const uaNeed = Math.max(1, rateAt(c.ukraine.fireDemandPath, s.month));
  const ruNeed = Math.max(1, rateAt(c.russia.fireDemandPath, s.month));
  return {
    ukraineFiredBp: s.turn === 0 || needed === 0 ? BP : Math.min(BP, Math.floor((fired * BP) / needed)),
    ratioBp: s.turn === 0 ? 0 : ratioBp(russian, Math.max(1, fired)),
    ukraineStockTenths: Math.floor((ukraineArtillery({ content: c, state: s }) * 10) / uaNeed),
    russiaStockTenths: Math.floor((s.russia.stockShells * 10) / ruNeed),
  };
}

export function chooseDoctrine(c: ScenarioContent, x: DoctrineSignals): DoctrineMode {
  const d = c.russia.doctrine;
  if (!d) return 'attrition';
  if (x.russiaStockTenths < d.rebuildBelowMonths * 10) return 'rebuild';
  if (x.ukraineFiredBp < d.offensiveBelowBp && x.ratioBp >= d.offensiveRatioBp) return 'offensive';
  if (x.ukraineStockTenths > d.buildUpMonths * 10) return 'digIn';
  return 'attrition';
}

/** Decides the month's doctrine and tells it, with the figure that decided it; the front and production read `s.russia.doctrine`. */
export function resolveDoctrine(ctx: PhaseContext): void {
  const { content: c, state: s, report: r } = ctx;
  const d = c.russia.doctrine;
  if (!d) return;
  const signals = doctrineSignals(c, s);
  const before = s.russia.doctrine;
  s.russia.doctrine = chooseDoctrine(c, signals);
  if (r.on)
    r.add({
      id: 'russia:doctrine',
      kind: 'russia',
      subject: 'RU',
      message: msg('russia.doctrine', { mode: s.russia.doctrine, changed: before !== s.russia.doctrine, ...signals, ...thresholds(c) }),
      delta: 0,
      causes: [],
      source: { ...d.source },
    });
}

const thresholds = (c: ScenarioContent) => {
  const d = c.russia.doctrine!;
  return {
    offensiveBelowBp: d.offensiveBelowBp,
    offensiveRatioBp: d.offensiveRatioBp,
    buildUpMonths: d.buildUpMonths,
    rebuildBelowMonths: d.rebuildBelowMonths,
  };
};

/** The month's ground pressure and concentration under the doctrine, from the scripted ones. */
export function doctrinePressure(
  c: ScenarioContent,
  s: GameState,
  o: { offensiveBp: number; concentrationBp: number },
): { offensiveBp: number; concentrationBp: number } {
  const d = c.russia.doctrine;
  if (!d) return o;
  switch (s.russia.doctrine) {
    case 'offensive':
      return { offensiveBp: o.offensiveBp + applyBp(o.offensiveBp, d.offensivePressureBp), concentrationBp: d.offensiveConcentrationBp };
    case 'digIn':
      return { offensiveBp: o.offensiveBp - applyBp(o.offensiveBp, d.digInPressureBp), concentrationBp: d.digInConcentrationBp };
    default:
      return o;
  }
}

/** The share of its fire demand Russia fires this month (bp). */
export const doctrineFireBp = (c: ScenarioContent, s: GameState): number =>
  c.russia.doctrine && s.russia.doctrine === 'rebuild' ? c.russia.doctrine.rebuildFireBp : BP;
