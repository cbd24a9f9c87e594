/**
 * The front's tables applied to one sector: the ground Russia takes for the fire each side puts
 * there (negative: ground Ukraine retakes). Shared by the month itself and by the report's
 * account of why a sector moved, which asks it what-if questions (front-factors.ts).
 */
import type { DeepReadonly, FrontRules } from '../content';
import { applyBp, BP, lookup, ratioBp } from '../int-math';
import type { SectorState } from '../types';

export interface SectorFire {
  /** Russian rounds here, aviation included */
  ruEff: number;
  uaHere: number;
  /** Russia's ground pressure besides artillery, bp (10000 = the autumn-2022 pace) */
  offensiveBp: number;
  /** the month's draw for this sector, bp */
  noise: number;
}

/** km² Russia gains here: the ratio's table value, then troops, pressure and fortification (gains only), the noise, at most what Ukraine holds. */
export function sectorGain(f: DeepReadonly<FrontRules>, sector: Readonly<SectorState>, x: SectorFire): number {
  const ratio = ratioBp(x.ruEff, Math.max(1, x.uaHere));
  const base = lookup(f.gainByRatio, Math.min(ratio, f.ratioCapBp));
  let gain: number;
  if (base > 0) {
    const manpower = lookup(f.manpowerCurve, ratioBp(sector.russiaTroops, Math.max(1, sector.ukraineTroops)));
    gain = applyBp(applyBp(applyBp(applyBp(base, manpower), x.offensiveBp), BP - sector.fortificationBp), BP + x.noise);
  } else {
    gain = -applyBp(-base, BP + x.noise);
  }
  return Math.min(gain, sector.ukraineHeldKm2);
}
