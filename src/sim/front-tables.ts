/**
 * The front's explicit tables, so a student can read why ground changed hands.
 * Ratios are Russian : Ukrainian fire in basis points (30000 = 3:1).
 * Calibration (calibration-facts §6, §10, §11): ~600 km² of Russian gains in
 * 2023 at ratios of ~3:1 falling to ~1–1.5:1; ~4,200 km² in 2024 with 5–7:1
 * in the first half and a Russian manpower surge; ~100 Russian casualties per
 * km² gained (ISW, 2024).
 */
import type { Curve } from './int-math';

/** Russian gain in km² per sector per month at equal manpower and no fortification. */
export const GAIN_BY_RATIO: Curve = [
  [0, -40],
  [8000, -15],
  [12000, 0],
  [15000, 4],
  [20000, 9],
  [30000, 22],
  [50000, 60],
  [70000, 90],
  [100000, 130],
];

/** Gain multiplier (bp) by Russian : Ukrainian troops in the sector. */
export const MANPOWER_CURVE: Curve = [
  [5000, 5000],
  [10000, 10000],
  [15000, 14000],
  [20000, 17000],
  [30000, 20000],
];

/**
 * Extra Russian effective fire (bp) from aircraft and helicopters it had held
 * back, by Ukraine's Stinger stock measured against its air-defence need
 * (source 001: Russia preparing to use more helicopters and aircraft).
 */
export const AIR_THREAT_BY_COVER: Curve = [
  [0, 4000],
  [2500, 2500],
  [5000, 800],
  [10000, 0],
];

/** Stingers fired per month: a base of engagements plus more as Russian aviation comes in. */
export const STINGERS_BASE_USE = 20;
export const STINGERS_PER_THREAT_BP = 100;

/** Casualties: ~100 Russian per km² gained; artillery losses per rounds received. */
export const RU_LOSSES_PER_KM2 = 100;
export const RU_LOSSES_PER_ROUNDS = 25;
export const UA_LOSSES_PER_KM2 = 30;
export const UA_LOSSES_PER_ROUNDS = 40;

/** Fortification grows where the line holds and erodes where it gives way. */
export const FORTIFY_PER_QUIET_MONTH_BP = 150;
export const FORTIFY_LOSS_PER_LOSING_MONTH_BP = 100;
export const FORTIFICATION_MAX_BP = 5000;

/** Month-to-month noise on gains, drawn from the front stream. */
export const GAIN_NOISE_BP = 2500;
