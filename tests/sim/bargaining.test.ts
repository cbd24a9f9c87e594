/**
 * Bargaining (issue 9, item 7): each term the firm names in its reasons moves
 * its price by the amount it states, and a firm remembers a counter-offer the
 * buyer walked away from.
 */
import { describe, expect, it } from 'vitest';
import { firmSpec } from '../../src/sim/content';
import { findFirm } from '../../src/sim/find';
import { askPriceEur, priceLevers } from '../../src/sim/firm-price';
import { evaluateOffer, freeCapacity } from '../../src/sim/negotiation';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState, Offer } from '../../src/sim/types';
import { message, offer } from '../helpers';
import { world } from '../world';

const lowBall = (partial: Partial<Offer> = {}) => offer({ firmId: 'shellco', perMonth: 1000, months: 12, unitPriceEur: 2100, ...partial });

/** One month ends with the given orders. */
const endMonth = (c: ReturnType<typeof world>['c'], s: GameState, orders: Offer[] = []) =>
  resolveTurn(
    c,
    s,
    orders.map((o) => ({ kind: 'offer' as const, actor: o.buyers[0]!.nationId, offer: o })),
    { explain: false },
  ).state;

describe('a firm that states what each term is worth', () => {
  it('a 10 % advance lowers the price by the amount its counter-offer names', () => {
    const { c, s } = world();
    const answer = evaluateOffer(c, s, lowBall());
    const lever = answer.reasons.find((r) => r.id === 'firm.lever' && r.params.term === 'advance');
    expect(lever).toBeDefined();
    const saves = (lever!.params as { savesEur: number }).savesEur;
    expect(saves).toBeGreaterThan(0);
    const withAdvance = evaluateOffer(c, s, lowBall({ advanceBp: 1000 }));
    expect(withAdvance.askPriceEur).toBe(answer.askPriceEur - saves);
  });

  it('every lever it names (length, advance, pooling, indexation) saves exactly what it says', () => {
    const { c, s } = world();
    const firm = firmSpec(c, 'shellco')!;
    const base = lowBall();
    const ask = askPriceEur(c, s, firm, base);
    const levers = priceLevers(c, s, firm, base);
    expect(levers.map((l) => l.term).sort()).toEqual(['advance', 'indexed', 'months', 'pooled']);
    const changed: Record<string, Partial<Offer>> = {
      months: { months: levers.find((l) => l.term === 'months')!.months },
      advance: { advanceBp: 1000 },
      pooled: {
        buyers: [
          { nationId: 'AA', shareBp: 5000 },
          { nationId: 'BB', shareBp: 5000 },
        ],
      },
      indexed: { indexed: true },
    };
    for (const l of levers) expect(ask - askPriceEur(c, s, firm, { ...base, ...changed[l.term] }), l.term).toBe(l.savesEur);
  });

  it('a counter-offer lists what each term already took off', () => {
    const { c, s } = world();
    const answer = evaluateOffer(c, s, lowBall({ months: 36, indexed: true }));
    const credits = answer.reasons.filter((r) => r.id === 'firm.termCredit').map((r) => r.params.term);
    expect(credits).toEqual(['months', 'indexed']);
  });

  it('names no saving a term cannot make: at its cost floor the price does not move', () => {
    const { c, s } = world();
    const cheap = { ...c, firms: c.firms.map((f) => (f.id === 'shellco' ? { ...f, basePriceEur: { shell: 1 } } : f)) };
    expect(priceLevers(cheap, s, firmSpec(cheap, 'shellco')!, lowBall())).toEqual([]);
  });
});

describe('a firm that remembers a walked-away offer', () => {
  it('with idle lines, comes down the next month and says by how much', () => {
    const { c, s } = world();
    const firm = firmSpec(c, 'shellco')!;
    expect(freeCapacity(s, firm, 'shell')).toBeGreaterThan(1000);
    const before = askPriceEur(c, s, firm, lowBall());
    const next = endMonth(c, s, [lowBall()]);
    expect(findFirm(next, 'shellco')!.leftCounters).toMatchObject([{ nationId: 'AA', product: 'shell', month: s.month }]);
    const back = evaluateOffer(c, next, lowBall());
    const comesDown = back.reasons.find((r) => r.id === 'firm.walkedAway');
    expect(comesDown).toEqual(message('firm.walkedAway', { firm: 'shellco', month: s.month, eur: expect.any(Number) as number }));
    const eur = (comesDown!.params as { eur: number }).eur;
    expect(eur).toBeGreaterThan(0);
    expect(back.askPriceEur).toBe(askPriceEur(c, next, firm, lowBall()));
    expect(back.askPriceEur + eur).toBe(before);
  });

  it('with its lines full, remembers but does not come down', () => {
    const { c, s } = world();
    const next = endMonth(c, s, [lowBall()]);
    for (const x of next.contracts) if (x.firmId === 'shellco') x.perMonth += 1_000_000;
    const back = evaluateOffer(c, next, lowBall());
    expect(back.reasons).toContainEqual(message('firm.walkedAway', { firm: 'shellco', month: s.month, eur: 0 }));
  });

  it('accepts its own counter re-sent unchanged in the month it came back, and forgets once signed', () => {
    const { c, s } = world();
    const next = endMonth(c, s, [lowBall()]);
    const counter = evaluateOffer(c, next, lowBall()).counter!;
    const signed = endMonth(c, next, [lowBall(), counter]);
    expect(signed.contracts.at(-1)).toMatchObject({ firmId: 'shellco', unitPriceEur: counter.unitPriceEur, signedMonth: next.month });
    expect(findFirm(signed, 'shellco')!.leftCounters).toEqual([]);
  });

  it('forgets after the months it keeps a memory', () => {
    const { c, s } = world();
    let state = endMonth(c, s, [lowBall()]);
    for (let i = 0; i < c.rules.market.walkAwayMemoryMonths; i++) state = endMonth(c, state);
    expect(evaluateOffer(c, state, lowBall()).reasons.map((r) => r.id)).not.toContain('firm.walkedAway');
  });
});
