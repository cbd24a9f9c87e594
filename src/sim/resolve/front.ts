/**
 * Phase 7, the front: each side fires what it has up to its doctrine's demand.
 * Russia's doctrine concentrates where its ratio was best last month (and
 * sometimes feints); Ukraine defends where it is pressed. Fire ratio, troops
 * and fortification give territory and losses through the tables in
 * front-tables.ts. When Stingers run low, Russian aviation adds to its fire
 * and engagements use up more Stingers.
 */
import { applyBp, BP, clamp, lookup, ratioBp, splitByWeights } from '../int-math';
import {
  AIR_THREAT_BY_COVER,
  FORTIFICATION_MAX_BP,
  FORTIFY_LOSS_PER_LOSING_MONTH_BP,
  FORTIFY_PER_QUIET_MONTH_BP,
  GAIN_BY_RATIO,
  GAIN_NOISE_BP,
  MANPOWER_CURVE,
  RU_LOSSES_PER_KM2,
  RU_LOSSES_PER_ROUNDS,
  STINGERS_BASE_USE,
  STINGERS_PER_THREAT_BP,
  UA_LOSSES_PER_KM2,
  UA_LOSSES_PER_ROUNDS,
} from '../front-tables';
import { fmt, fmtBp, fmtRatio } from '../report';
import { withStream } from '../rng';
import type { GameState } from '../types';
import type { PhaseContext } from './context';
import { rateAt } from './russia';

/** The sector Russia's doctrine presses: best ratio last month, ties by order. */
export function pressedSector(s: GameState): number {
  let best = 0;
  for (let i = 1; i < s.sectors.length; i++) if (s.sectors[i]!.lastRatioBp > s.sectors[best]!.lastRatioBp) best = i;
  return best;
}

export function resolveFront(s: GameState, ctx: PhaseContext): void {
  const r = ctx.report;
  const ua = s.ukraine;
  const ru = s.russia;
  const n = s.sectors.length;

  // Ukraine's own output and what it buys elsewhere arrive before it fires.
  ua.stock.shell += ua.ownProductionPerMonth;
  s.tally.shellsFromElsewhere += ua.ownProductionPerMonth;

  const uaDemand = rateAt(ua.fireDemandPath, s.month);
  const uaFire = Math.min(uaDemand, applyBp(ua.stock.shell, ua.rationBp));
  const ruDemand = rateAt(ru.fireDemandPath, s.month);
  let offensiveBp = rateAt(ru.offensivePath, s.month);
  for (const surge of ru.surges) if (surge.untilMonth >= s.month) offensiveBp += surge.deltaBp;
  ru.surges = ru.surges.filter((x) => x.untilMonth > s.month);
  const ruFire = Math.min(ruDemand, Math.floor(ru.stockShells / Math.max(1, ru.stockMonthsReserve)));
  ua.stock.shell -= uaFire;
  ru.stockShells -= ruFire;
  s.tally.shellsFiredUkraine += uaFire;
  s.tally.shellsFiredRussia += ruFire;

  // Air: Stinger cover against need sets how much aviation Russia dares commit.
  const coverBp = ua.airDefenceNeed ? clamp(ratioBp(ua.stock.stinger, ua.airDefenceNeed), 0, BP) : BP;
  const airBp = lookup(AIR_THREAT_BY_COVER, coverBp);
  const stingersUsed = Math.min(ua.stock.stinger, STINGERS_BASE_USE + Math.floor(airBp / STINGERS_PER_THREAT_BP));
  ua.stock.stinger -= stingersUsed;
  s.tally.stingersFired += stingersUsed;

  const { target, feint } = withStream(s, 'ai', (rng) => {
    const pressed = pressedSector(s);
    if (rng.chance(ru.feintChanceBp)) return { target: rng.int(0, n - 1), feint: true };
    return { target: pressed, feint: false };
  });
  const ruWeights = s.sectors.map((_, i) => Math.floor((BP - ru.concentrationBp) / n) + (i === target ? ru.concentrationBp : 0));
  const ruParts = splitByWeights(ruFire, ruWeights);
  const uaParts = splitByWeights(
    uaFire,
    ruWeights.map((w) => w + 1000),
  );
  const recruitsRu = splitByWeights(ru.recruitsPerMonth, ruWeights);
  const recruitsUa = splitByWeights(
    ua.recruitsPerMonth,
    s.sectors.map(() => 1),
  );

  const airId =
    r.on && airBp > 0
      ? r.add({
          id: 'front:air',
          kind: 'front',
          subject: 'air',
          text: `Ukraine has ${fmt(ua.stock.stinger + stingersUsed)} Stingers against a need of ${fmt(ua.airDefenceNeed)}: Russian aviation adds ${fmtBp(airBp)} to its fire; ${fmt(stingersUsed)} Stingers fired`,
          delta: -stingersUsed,
          causes: ['stock:ukraine'],
        })
      : '';
  if (r.on)
    r.add({
      id: 'stock:ukraine',
      kind: 'stock',
      subject: 'UA',
      text: `Ukraine fired ${fmt(uaFire)} shells of the ${fmt(uaDemand)} its doctrine wants; ${fmt(ua.stock.shell)} left`,
      delta: -uaFire,
      causes: r.entries.filter((e) => e.kind === 'delivery').map((e) => e.id),
    });

  let totalGain = 0;
  let ruEffTotal = 0;
  withStream(s, 'front', (rng) => {
    s.sectors.forEach((sector, i) => {
      const ruEff = ruParts[i]! + applyBp(ruParts[i]!, airBp);
      const uaHere = uaParts[i]!;
      const ratio = ratioBp(ruEff, Math.max(1, uaHere));
      const base = lookup(GAIN_BY_RATIO, Math.min(ratio, 100000));
      const noise = rng.int(-GAIN_NOISE_BP, GAIN_NOISE_BP);
      let gain: number;
      if (base > 0) {
        const manpower = lookup(MANPOWER_CURVE, ratioBp(sector.russiaTroops, Math.max(1, sector.ukraineTroops)));
        gain = applyBp(applyBp(applyBp(applyBp(base, manpower), offensiveBp), BP - sector.fortificationBp), BP + noise);
      } else {
        gain = -applyBp(-base, BP + noise);
      }
      gain = Math.min(gain, sector.ukraineHeldKm2);
      sector.ukraineHeldKm2 -= gain;
      sector.fortificationBp = clamp(
        sector.fortificationBp + (gain > 0 ? -FORTIFY_LOSS_PER_LOSING_MONTH_BP : FORTIFY_PER_QUIET_MONTH_BP),
        0,
        FORTIFICATION_MAX_BP,
      );
      const ruLoss = Math.floor(uaHere / RU_LOSSES_PER_ROUNDS) + RU_LOSSES_PER_KM2 * Math.max(0, gain);
      const uaLoss = Math.floor(ruEff / UA_LOSSES_PER_ROUNDS) + UA_LOSSES_PER_KM2 * Math.max(0, gain);
      sector.russiaTroops = Math.max(1000, sector.russiaTroops - ruLoss + recruitsRu[i]!);
      sector.ukraineTroops = Math.max(1000, sector.ukraineTroops - uaLoss + recruitsUa[i]!);
      s.tally.russiaLosses += ruLoss;
      s.tally.ukraineLosses += uaLoss;
      sector.russianFireShareBp = ratioBp(ruParts[i]!, Math.max(1, ruFire));
      sector.lastRatioBp = ratio;
      sector.lastRussianFire = ruEff;
      sector.lastUkrainianFire = uaHere;
      sector.lastGainKm2 = gain;
      totalGain += gain;
      ruEffTotal += ruEff;
      if (r.on) {
        const pressedText = i === target ? (feint ? ' Russia feinted here.' : ' Russia concentrated its fire here.') : '';
        r.add({
          id: `front:${sector.id}`,
          kind: 'front',
          subject: sector.id,
          text: `${sector.name}: fire ratio ${fmtRatio(ratio)} (${fmt(ruEff)} Russian vs ${fmt(uaHere)} Ukrainian rounds); ${gain >= 0 ? `Russia gained ${fmt(gain)}` : `Ukraine regained ${fmt(-gain)}`} km².${pressedText}`,
          delta: -gain,
          causes: airId ? ['stock:ukraine', 'russia:supply', airId] : ['stock:ukraine', 'russia:supply'],
        });
      }
    });
  });
  const monthRatio = ratioBp(ruEffTotal, Math.max(1, uaFire));
  s.tally.russianGainKm2 += totalGain;
  s.tally.fireRatioSumBp += Math.min(monthRatio, 200000);
  s.tally.fireRatioTurns++;
}
