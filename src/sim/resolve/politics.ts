/**
 * Phase 8, politics: support drifts toward a level that war fatigue lowers;
 * political capital regenerates with support; elections may bring a
 * government that cuts the munitions effort (source 003: election
 * uncertainty); aid freezes end and held deliveries go on to Ukraine;
 * escalation cools; cohesion follows support; Ukrainian requests fall due.
 * The figures are the scenario's `rules.politics`.
 */
import { BP, clamp } from '../int-math';
import { msg } from '../messages';
import { creditRequests } from '../politics';
import { withStream, type Stream } from '../rng';
import type { NationState } from '../types';
import { monthlyBudgetEur } from './budget';
import type { PhaseContext } from './context';

function election(ctx: PhaseContext, n: NationState, rng: Stream): void {
  const { content: c, report: r } = ctx;
  const p = c.rules.politics;
  const riskBp = clamp((p.electionRiskSupportBp - n.supportBp) * 2, 0, BP);
  if (rng.chance(riskBp)) {
    const fromEur = monthlyBudgetEur(c, n);
    n.munitionsShareBp -= Math.floor((n.munitionsShareBp * p.electionCutBp) / BP);
    n.politicalCapital = Math.floor(n.politicalCapital / 2);
    if (r.on)
      r.add({
        id: `election:${n.id}`,
        kind: 'politics',
        subject: n.id,
        message: msg('politics.electionCut', { nation: n.id, supportBp: n.supportBp, cutBp: p.electionCutBp, fromEur, toEur: monthlyBudgetEur(c, n) }),
        delta: -p.electionCutBp,
        causes: [],
      });
  } else {
    n.politicalCapital = clamp(n.politicalCapital + p.electionKeepCapital, 0, p.maxCapital);
    if (r.on)
      r.add({
        id: `election:${n.id}`,
        kind: 'politics',
        subject: n.id,
        message: msg('politics.electionKeep', { nation: n.id, capital: p.electionKeepCapital }),
        delta: p.electionKeepCapital,
        causes: [],
      });
  }
}

/** A freeze ends: what was held in depots goes on to Ukraine. */
function releaseHeld(ctx: PhaseContext, n: NationState): void {
  const { content: c, state: s, report: r } = ctx;
  for (const { id: product } of c.products) {
    const held = n.heldForUkraine[product]!;
    if (held === 0) continue;
    s.ukraine.stock[product]! += held;
    creditRequests(s, product, held);
    n.heldForUkraine[product] = 0;
    if (r.on) {
      const id = r.add({
        id: `release:${n.id}:${product}`,
        kind: 'delivery',
        subject: n.id,
        message: msg('politics.release', { nation: n.id, product, held }),
        delta: held,
        causes: [],
      });
      ctx.toUkraine.push({ id, product, units: held });
    }
  }
}

function dueRequests(ctx: PhaseContext): void {
  const { content: c, state: s, report: r } = ctx;
  const p = c.rules.politics;
  for (const req of s.requests) {
    if (req.status !== 'open') continue;
    if (req.received >= req.amount) req.status = 'met';
    else if (req.byMonth <= s.month) req.status = 'missed';
    else continue;
    const met = req.status === 'met';
    const cohesionBp = met ? p.requestMetCohesionBp : -p.requestMissedCohesionBp;
    s.politics.cohesionBp = clamp(s.politics.cohesionBp + cohesionBp, 0, BP);
    if (r.on) {
      const params = { request: req.id, product: req.product, amount: req.amount, byMonth: req.byMonth, met: met ? 1 : 0, received: req.received, cohesionBp };
      r.add({ id: `request:${req.id}`, kind: 'politics', subject: req.id, message: msg('politics.request', params), delta: cohesionBp, causes: [] });
    }
  }
}

export function resolvePolitics(ctx: PhaseContext): void {
  const { content: c, state: s } = ctx;
  const p = c.rules.politics;
  let supportSum = 0;
  withStream(s, 'politics', (rng) => {
    s.nations.forEach((n, i) => {
      n.warFatigueBp = clamp(n.warFatigueBp + p.fatiguePerMonthBp, 0, BP);
      const target = p.supportBaseBp - Math.floor(n.warFatigueBp / 2);
      n.supportBp = clamp(n.supportBp + Math.trunc((target - n.supportBp) / p.supportDriftDivisor), 0, BP);
      n.politicalCapital = clamp(n.politicalCapital + Math.floor(n.supportBp / p.capitalPerSupportBp), 0, p.maxCapital);
      if (c.nations[i]!.electionMonths.includes(s.month)) election(ctx, n, rng);
      // At the freeze's last month, or the first after an early end (an aidResume event): what waited goes now.
      if (n.aidFrozenUntil <= s.month) releaseHeld(ctx, n);
      supportSum += n.supportBp;
    });
  });
  s.politics.escalationBp = clamp(s.politics.escalationBp - p.escalationDecayBp, 0, BP);
  const avgSupport = s.nations.length ? Math.floor(supportSum / s.nations.length) : 0;
  s.politics.cohesionBp = clamp(s.politics.cohesionBp + Math.trunc((avgSupport - s.politics.cohesionBp) / p.cohesionDriftDivisor), 0, BP);
  dueRequests(ctx);
}
