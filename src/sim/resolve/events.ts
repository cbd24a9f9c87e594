/**
 * Events: news, shocks and political turns from scenario data, each with its
 * source. They fire at the start of a month, so the player reads them before
 * deciding. Window events draw from the events stream, one draw per eligible
 * event per month in id order.
 */
import { productSpec, type DeepReadonly, type EventAction, type GameEvent, type ScenarioContent } from '../content';
import { applyBp, BP, clamp } from '../int-math';
import { findNation } from '../find';
import { msg } from '../messages';
import type { ReportBuilder } from '../report';
import { withStream } from '../rng';
import type { GameState } from '../types';

function triggered(s: GameState, e: DeepReadonly<GameEvent>, chance: (bp: number) => boolean): boolean {
  const t = e.trigger;
  switch (t.kind) {
    case 'month':
      return t.month === s.month;
    case 'window':
      return s.month >= t.fromMonth && s.month <= t.toMonth && (s.month === t.toMonth || chance(t.chanceBp));
    case 'stockBelow': {
      if (s.month < t.fromMonth) return false;
      const stock = t.who === 'UA' ? s.ukraine.stock[t.product] : findNation(s, t.who)?.stock[t.product];
      return stock !== undefined && stock < t.amount;
    }
    case 'escalationAbove':
      return s.month >= t.fromMonth && s.politics.escalationBp > t.bp;
  }
}

export function applyAction(c: ScenarioContent, s: GameState, a: DeepReadonly<EventAction>, eventId: string): void {
  const nation = 'nationId' in a ? findNation(s, a.nationId) : undefined;
  switch (a.kind) {
    case 'aidFreeze':
      if (nation) nation.aidFrozenUntil = Math.max(nation.aidFrozenUntil, s.month + a.months - 1);
      break;
    case 'aidResume':
      // Aid moves again from this month; what waited in depots goes at the month's end (politics.ts).
      if (nation) nation.aidFrozenUntil = Math.min(nation.aidFrozenUntil, s.month - 1);
      break;
    case 'inputShock':
      s.inputs.shocks.push({ input: a.input, cutBp: a.cutBp, untilMonth: s.month + a.months - 1, source: eventId });
      break;
    case 'russianImports':
      // This war's shipments, as the seed drew them (the record's range: content russia.seeded.imports).
      s.russia.imports.push({ source: a.source, eventId, perMonth: applyBp(a.perMonth, s.russia.importsBp), untilMonth: s.month + a.months - 1 });
      break;
    case 'support':
      if (nation) nation.supportBp = clamp(nation.supportBp + a.deltaBp, 0, BP);
      break;
    case 'politicalCapital':
      if (nation) nation.politicalCapital = clamp(nation.politicalCapital + a.delta, 0, c.rules.politics.maxCapital);
      break;
    case 'escalation':
      s.politics.escalationBp = clamp(s.politics.escalationBp + a.deltaBp, 0, BP);
      break;
    case 'cohesion':
      s.politics.cohesionBp = clamp(s.politics.cohesionBp + a.deltaBp, 0, BP);
      break;
    case 'funds':
      if (nation) nation.fundsEur = Math.max(0, nation.fundsEur + a.deltaEur);
      break;
    case 'ukraineSupply': {
      const spec = productSpec(c, a.product);
      s.ukraine.stock[a.product]! += a.amount;
      if (spec?.role === 'artillery') s.tally.artilleryFromElsewhere += applyBp(a.amount, spec.fireValueBp);
      break;
    }
    case 'ukraineRequest':
      s.requests.push({ id: a.requestId, product: a.product, amount: a.amount, byMonth: a.byMonth, received: 0, status: 'open' });
      break;
    case 'summit':
      s.politics.summitUntil = s.month;
      s.politics.summitDiscountBp = a.pledgeDiscountBp;
      if (a.industrialPlans) s.politics.industrialPlansOpen = true;
      break;
    case 'russianRecruits':
      s.russia.recruitsPerMonth = applyBp(a.perMonth, s.russia.manpowerBp);
      break;
    case 'russianSanctions':
      s.russia.sanctions.push({ cutBp: a.cutBp, untilMonth: s.month + a.months - 1, eventId });
      break;
    case 'labour':
      if (nation) nation.freeLabour = Math.max(0, nation.freeLabour + a.delta);
      break;
    case 'offensiveSurge':
      s.russia.surges.push({ deltaBp: a.deltaBp, untilMonth: s.month + a.months - 1, eventId });
      break;
    case 'inputSupply':
      s.inputs.supplyPerMonth[a.input] = Math.max(0, (s.inputs.supplyPerMonth[a.input] ?? 0) + a.deltaPerMonth);
      break;
  }
}

/**
 * At the start of a game the seed chooses this war within the record: Russia's manpower and what it
 * imports (content russia.seeded), drawn from Russia's own stream. A scenario without ranges keeps its figures.
 */
export function drawWar(c: ScenarioContent, s: GameState): void {
  const seeded = c.russia.seeded;
  if (!seeded) return;
  withStream(s, 'ai', (rng) => {
    s.russia.manpowerBp = rng.int(seeded.manpower.minBp, seeded.manpower.maxBp);
    s.russia.importsBp = rng.int(seeded.imports.minBp, seeded.imports.maxBp);
    // Drawn last, so the two draws before it keep their values.
    if (seeded.offensiveTiming) s.russia.offensiveDelay = rng.int(seeded.offensiveTiming.minMonths, seeded.offensiveTiming.maxMonths);
    // Manpower is recruits: the troops Russia adds a month, and the ground pressure they bring (front.ts).
    s.russia.recruitsPerMonth = applyBp(s.russia.recruitsPerMonth, s.russia.manpowerBp);
  });
}

/** At the start of a game, each era deck draws its events for this seed; the rest are shelved. */
export function drawDecks(c: ScenarioContent, s: GameState): void {
  withStream(s, 'events', (rng) => {
    const shelved: string[] = [];
    for (const deck of c.decks) {
      const ids = c.events.filter((e) => e.deck === deck.id).map((e) => e.id);
      for (let i = ids.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [ids[i], ids[j]] = [ids[j]!, ids[i]!];
      }
      shelved.push(...ids.slice(deck.draw));
    }
    s.shelvedEvents = shelved.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  });
}

export function resolveEvents(c: ScenarioContent, s: GameState, r: ReportBuilder): void {
  // Event ids are unique and only the event at hand fires in this loop, so the set read first holds throughout.
  const done = new Set([...s.firedEvents, ...s.shelvedEvents]);
  withStream(s, 'events', (rng) => {
    for (const e of c.events) {
      if (done.has(e.id)) continue;
      if (!triggered(s, e, (bp) => rng.chance(bp))) continue;
      s.firedEvents.push(e.id);
      for (const a of e.actions) applyAction(c, s, a, e.id);
      if (r.on) r.add({ id: `event:${e.id}`, kind: 'event', subject: e.id, message: msg('event', { event: e.id }), delta: 0, causes: [], source: e.source });
    }
  });
}
