/**
 * The tunable tables and constants a scenario's `rules` may override, with the
 * figures they encode. A scenario file that leaves a field out gets the value
 * here; the content hash covers the values in force, so writing a default out
 * explicitly changes nothing. docs/formats.md lists them.
 */
import type { FrontRules, IndustryRules, MarketRules, PoliticsRules } from '../sim/content';

export const DEFAULT_INDUSTRY: IndustryRules = {
  // A new plant reaches full rate after ~24 months (Unterlüß: 25k rounds in 2025 → 350k a year
  // from 2027; calibration-facts §3, §11 "Ramp after opening").
  learningCurve: [
    [0, 2000],
    [6, 5000],
    [12, 7500],
    [18, 9000],
    [24, 10000],
  ],
  dilutionMonths: 4,
  maxShifts: 3,
  // A new line runs two shifts at most when first built.
  newLineShifts: 2,
  // Indexed contracts pay 3 % more for each full year since signing.
  indexationBpPerYear: 300,
};

export const DEFAULT_MARKET: MarketRules = {
  // A shell went from ~€2,000 pre-war to €3,600–5,000 in 2023–24 contracts and €8,000 at the peak,
  // while lead times grew from 12 to 28 months (calibration-facts §3, §4, §11).
  demandPriceCurve: [
    [0, 10000],
    [12, 13000],
    [28, 20000],
    [48, 40000],
  ],
  longOrderMonths: 36,
  longOrderDiscountBp: 500,
  veryLongOrderMonths: 60,
  veryLongOrderDiscountBp: 1000,
  pooledDiscountBp: 500,
  indexedDiscountBp: 300,
  homePressureBp: 300,
  insultFloorBp: 8000,
  rejectTrustBp: 2500,
  lowTrustBp: 5000,
  lowTrustAdvanceBp: 1000,
  defaultTrustBp: 6000,
  bigAdvanceBp: 2000,
  bigAdvanceGuaranteeCutMonths: 12,
  // 10 % of a contract paid about two years early, at the 6–8 % a year a defence firm borrows at,
  // is worth about 1.5 % of its value; a firm credits at most half the contract that way.
  advanceDiscountBpPerTenth: 150,
  maxAdvanceDiscountBp: 750,
  // A firm with idle lines wants the work: it comes back 3 % lower for half a year; a full one does not.
  walkAwayMemoryMonths: 6,
  walkAwayConcessionBp: 300,
  noCapacityLeadMonths: 24,
  maxPerMonth: 1_000_000,
  maxMonths: 120,
  maxPriceEur: 5_000_000,
};

/**
 * Calibration (calibration-facts §6, §10, §11): ~600 km² of Russian gains in
 * 2023 at ratios of ~3:1 falling to ~1–1.5:1; ~4,200 km² in 2024 with 5–7:1
 * in the first half and a Russian manpower surge; ~100 Russian casualties per
 * km² gained (ISW, 2024). Ratios are Russian : Ukrainian fire in bp (30000 = 3:1).
 */
export const DEFAULT_FRONT: FrontRules = {
  gainByRatio: [
    [0, -40],
    [8000, -15],
    [12000, 0],
    [15000, 4],
    [20000, 9],
    [30000, 22],
    [50000, 60],
    [70000, 90],
    [100000, 130],
  ],
  ratioCapBp: 100000,
  manpowerCurve: [
    [5000, 5000],
    [10000, 10000],
    [15000, 14000],
    [20000, 17000],
    [30000, 20000],
  ],
  // Source 001: Russia preparing to use more helicopters and aircraft when air defence thins.
  airThreatByCover: [
    [0, 4000],
    [2500, 2500],
    [5000, 800],
    [10000, 0],
  ],
  airDefenceBaseUse: 20,
  airDefencePerThreatBp: 100,
  ruLossesPerKm2: 100,
  ruLossesPerRounds: 25,
  uaLossesPerKm2: 30,
  uaLossesPerRounds: 40,
  fortifyPerQuietMonthBp: 150,
  fortifyLossPerLosingMonthBp: 100,
  fortificationMaxBp: 5000,
  gainNoiseBp: 2500,
  ukraineSpreadWeightBp: 1000,
  minTroops: 1000,
  averageRatioCapBp: 200000,
};

export const DEFAULT_POLITICS: PoliticsRules = {
  fatiguePerMonthBp: 25,
  supportBaseBp: 6500,
  supportDriftDivisor: 6,
  escalationDecayBp: 100,
  maxCapital: 100,
  capitalPerSupportBp: 2000,
  // An election with support below 55 % may bring a government that cuts the effort by a quarter (source 003).
  electionRiskSupportBp: 5500,
  electionCutBp: 2500,
  electionKeepCapital: 20,
  cohesionDriftDivisor: 8,
  requestMetCohesionBp: 200,
  requestMissedCohesionBp: 300,
  // +100 bp of GDP costs 30 capital and +200 bp costs 105 (more than anyone has).
  pledgeBaseCost: 5,
  pledgeCostDivisor: 400,
  maxPledgeBp: 1000,
  pledgeSupportCostPerBp: 5,
  // One point of capital per 2 % of the readiness floor crossed.
  drawdownCapitalPerFloor: 50,
  drawdownSupportCostPerCapital: 20,
  industrialPlanCost: 10,
  industrialPlanCohesionBp: 100,
};
