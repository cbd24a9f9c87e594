/**
 * The front's tables applied to one sector: the ground Russia takes for the fire each side puts
 * there (negative: ground Ukraine retakes). Shared by the month itself and by the report's
 * account of why a sector moved, which asks it what-if questions (front-factors.ts). Those ask
 * the fire table a few times and the rest of the chain many times, so the two are apart.
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

/** The fire table's value for this fire: km² a month at the autumn-2022 pace (negative: Ukraine retakes). */
export function fireTableGain(f: DeepReadonly<FrontRules>, ruEff: number, uaHere: number): number {
  return lookup(f.gainByRatio, Math.min(ratioBp(ruEff, Math.max(1, uaHere)), f.ratioCapBp));
}

/** The troops' factor on a gain, bp: Russia's troops here over Ukraine's. */
export function manpowerBpOf(f: DeepReadonly<FrontRules>, sector: Readonly<SectorState>): number {
  return lookup(f.manpowerCurve, ratioBp(sector.russiaTroops, Math.max(1, sector.ukraineTroops)));
}

/** What a sector's ground pressure and draw make of a fire-table value. */
export interface GainTerms {
  /** the fire table's value (fireTableGain) */
  table: number;
  /** the troops' factor (manpowerBpOf); read only for a gain */
  manpowerBp: number;
  offensiveBp: number;
  noise: number;
}

/** km² Russia gains: the table value, then troops, pressure and fortification (gains only), the noise, at most what Ukraine holds. */
export function gainFromTable(f: DeepReadonly<FrontRules>, sector: Readonly<SectorState>, x: GainTerms): number {
  const gain =
    x.table > 0
      ? applyBp(applyBp(applyBp(applyBp(x.table, x.manpowerBp), x.offensiveBp), BP - sector.fortificationBp), BP + x.noise)
      : -applyBp(-x.table, BP + x.noise);
  return Math.min(gain, sector.ukraineHeldKm2);
}

/** km² Russia gains here for this fire and pressure. */
export function sectorGain(f: DeepReadonly<FrontRules>, sector: Readonly<SectorState>, x: SectorFire): number {
  const table = fireTableGain(f, x.ruEff, x.uaHere);
  const manpowerBp = table > 0 ? manpowerBpOf(f, sector) : 0;
  return gainFromTable(f, sector, { table, manpowerBp, offensiveBp: x.offensiveBp, noise: x.noise });
}
