/**
 * Phase 8, politics: support drifts toward a level that war fatigue lowers;
 * political capital regenerates with support; elections may bring a
 * government that cuts the munitions effort (source 003: election
 * uncertainty); aid freezes end and held deliveries go on to Ukraine;
 * escalation cools; cohesion follows support; Ukrainian requests fall due.
 */
import { BP, clamp } from '../int-math';
import { monthLabel } from '../month';
import { creditRequests } from '../politics';
import { fmt, fmtBp } from '../report';
import { withStream } from '../rng';
import { PRODUCTS, type GameState } from '../types';
import type { PhaseContext } from './context';

const FATIGUE_PER_MONTH_BP = 25;
const SUPPORT_BASE_BP = 6500;
const ESCALATION_DECAY_BP = 100;
const MAX_CAPITAL = 100;
/** An election with support below this may bring a government that cuts the effort. */
const ELECTION_RISK_SUPPORT_BP = 5500;
const ELECTION_CUT_BP = 2500;

export function resolvePolitics(s: GameState, ctx: PhaseContext): void {
  const r = ctx.report;
  let supportSum = 0;
  withStream(s, 'politics', (rng) => {
    for (const n of s.nations) {
      n.warFatigueBp = clamp(n.warFatigueBp + FATIGUE_PER_MONTH_BP, 0, BP);
      const target = SUPPORT_BASE_BP - Math.floor(n.warFatigueBp / 2);
      n.supportBp = clamp(n.supportBp + Math.trunc((target - n.supportBp) / 6), 0, BP);
      n.politicalCapital = clamp(n.politicalCapital + Math.floor(n.supportBp / 2000), 0, MAX_CAPITAL);
      if (n.electionMonths.includes(s.month)) {
        const riskBp = clamp((ELECTION_RISK_SUPPORT_BP - n.supportBp) * 2, 0, BP);
        if (rng.chance(riskBp)) {
          n.munitionsShareBp -= Math.floor((n.munitionsShareBp * ELECTION_CUT_BP) / BP);
          n.politicalCapital = Math.floor(n.politicalCapital / 2);
          if (r.on)
            r.add({
              id: `election:${n.id}`,
              kind: 'politics',
              subject: n.id,
              text: `${n.name}'s election (support ${fmtBp(n.supportBp)}) brings a government that cuts the munitions effort by a quarter`,
              delta: -ELECTION_CUT_BP,
              causes: [],
            });
        } else {
          n.politicalCapital = clamp(n.politicalCapital + 20, 0, MAX_CAPITAL);
          if (r.on)
            r.add({
              id: `election:${n.id}`,
              kind: 'politics',
              subject: n.id,
              text: `${n.name}'s election returns a government that keeps the course (+20 capital)`,
              delta: 20,
              causes: [],
            });
        }
      }
      if (n.aidFrozenUntil === s.month) {
        for (const p of PRODUCTS) {
          const held = n.heldForUkraine[p];
          if (held === 0) continue;
          s.ukraine.stock[p] += held;
          creditRequests(s, p, held);
          n.heldForUkraine[p] = 0;
          if (r.on)
            r.add({
              id: `release:${n.id}:${p}`,
              kind: 'delivery',
              subject: n.id,
              text: `${n.name}'s aid freeze ends: ${fmt(held)} held ${p}s go on to Ukraine`,
              delta: held,
              causes: [],
            });
        }
      }
      supportSum += n.supportBp;
    }
  });
  s.politics.escalationBp = clamp(s.politics.escalationBp - ESCALATION_DECAY_BP, 0, BP);
  const avgSupport = s.nations.length ? Math.floor(supportSum / s.nations.length) : 0;
  s.politics.cohesionBp = clamp(s.politics.cohesionBp + Math.trunc((avgSupport - s.politics.cohesionBp) / 8), 0, BP);
  for (const req of s.requests) {
    if (req.status !== 'open') continue;
    if (req.received >= req.amount) req.status = 'met';
    else if (req.byMonth <= s.month) req.status = 'missed';
    else continue;
    const met = req.status === 'met';
    s.politics.cohesionBp = clamp(s.politics.cohesionBp + (met ? 200 : -300), 0, BP);
    if (r.on)
      r.add({
        id: `request:${req.id}`,
        kind: 'politics',
        subject: req.id,
        text: `Ukraine's request for ${fmt(req.amount)} ${req.product}s by ${monthLabel(req.byMonth)} was ${met ? 'met' : `missed (${fmt(req.received)} arrived)`}: cohesion ${met ? '+2' : '−3'} %`,
        delta: met ? 200 : -300,
        causes: [],
      });
  }
}
