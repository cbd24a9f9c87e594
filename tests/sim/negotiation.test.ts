import { describe, expect, it } from 'vitest';
import { applyOrder } from '../../src/sim/resolve/orders';
import { askPriceEur, evaluateOffer, freeCapacity } from '../../src/sim/negotiation';
import { findFirm } from '../../src/sim/find';
import { game, offer } from '../helpers';

describe('a firm answering an offer', () => {
  it('refuses to build a line for a one-year order, and says it needs years of orders', () => {
    const s = game();
    const firm = findFirm(s, 'rheinmetall')!;
    const big = offer({ firmId: 'rheinmetall', perMonth: freeCapacity(s, firm, 'shell') + 5000, months: 12, capacityClause: true, unitPriceEur: 9000 });
    const answer = evaluateOffer(s, big);
    expect(answer.verdict).toBe('counter');
    expect(answer.counter!.months).toBeGreaterThanOrEqual(48);
    expect(answer.reasons.map((r) => r.text).join(' ')).toMatch(/at least \d+ years of orders to build new capacity/);
  });

  it('accepts a five-year order with a capacity clause at its asking price, and starts building a line', () => {
    const s = game();
    const firm = findFirm(s, 'rheinmetall')!;
    const o = offer({ firmId: 'rheinmetall', perMonth: freeCapacity(s, firm, 'shell') + 5000, months: 60, capacityClause: true });
    o.unitPriceEur = askPriceEur(s, firm, o);
    expect(evaluateOffer(s, o).verdict).toBe('accept');
    const lines = s.lines.length;
    const result = applyOrder(s, { kind: 'offer', offer: o });
    expect(result.reason).toMatch(/^signed c\d{4}/);
    expect(s.lines.length).toBe(lines + 1);
    expect(s.lines.at(-1)!.status).toBe('building');
  });

  it('accepts its own counter-offer when it is sent back unchanged', () => {
    const s = game();
    const answer = evaluateOffer(s, offer({ firmId: 'nammo', perMonth: 4000, months: 24, unitPriceEur: 3000 }));
    expect(answer.verdict).toBe('counter');
    expect(evaluateOffer(s, answer.counter!).verdict).toBe('accept');
  });

  it('rejects a price far below its cost and market', () => {
    const answer = evaluateOffer(game(), offer({ firmId: 'nammo', perMonth: 100, unitPriceEur: 500 }));
    expect(answer.verdict).toBe('reject');
    expect(answer.reasons[0]!.code).toBe('price');
  });

  it('rejects a buyer it no longer trusts after cancellations', () => {
    const s = game();
    findFirm(s, 'nammo')!.trustBp.DE = 1000;
    const answer = evaluateOffer(s, offer({ firmId: 'nammo', perMonth: 100, unitPriceEur: 20000 }));
    expect(answer.verdict).toBe('reject');
    expect(answer.reasons.map((r) => r.code)).toContain('trust');
  });

  it('gives a lower price for a long, pooled order than for a short single-buyer one', () => {
    const s = game();
    const firm = findFirm(s, 'rheinmetall')!;
    const short = askPriceEur(s, firm, offer({ firmId: 'rheinmetall', months: 12 }));
    const pooled = askPriceEur(
      s,
      firm,
      offer({
        firmId: 'rheinmetall',
        months: 60,
        buyers: [
          { nationId: 'NL', shareBp: 5000 },
          { nationId: 'NO', shareBp: 5000 },
        ],
      }),
    );
    expect(pooled).toBeLessThan(short);
  });

  it('asks more as its order book grows (lead times of 12 → 28 months pushed prices up)', () => {
    const s = game();
    const firm = findFirm(s, 'gd-ots')!;
    const before = askPriceEur(s, firm, offer({ firmId: 'gd-ots' }));
    for (const c of s.contracts) if (c.firmId === 'gd-ots') c.months *= 3;
    expect(askPriceEur(s, firm, offer({ firmId: 'gd-ots' }))).toBeGreaterThan(before);
  });

  it('will not make shells it has no line or plant for', () => {
    const answer = evaluateOffer(game(), offer({ firmId: 'raytheon', perMonth: 100 }));
    expect(answer.verdict).toBe('reject');
    expect(answer.reasons.map((r) => r.code)).toContain('noCapacity');
  });
});

describe('contracts', () => {
  it('cancelling costs a penalty and the firm trusts the buyer less', () => {
    const s = game();
    const c = s.contracts.find((x) => x.firmId === 'nammo')!;
    const firm = findFirm(s, 'nammo')!;
    const trust = firm.trustBp.NO!;
    const funds = s.nations.find((n) => n.id === 'NO')!.fundsEur;
    const r = applyOrder(s, { kind: 'cancelContract', nationId: 'NO', contractId: c.id });
    expect(r.ok).toBe(true);
    expect(c.status).toBe('cancelled');
    expect(firm.trustBp.NO).toBeLessThan(trust);
    expect(s.nations.find((n) => n.id === 'NO')!.fundsEur).toBeLessThan(funds);
  });

  it('a nation cannot cancel a contract it is not a buyer on', () => {
    const s = game();
    const c = s.contracts.find((x) => x.firmId === 'nammo')!;
    expect(applyOrder(s, { kind: 'cancelContract', nationId: 'US', contractId: c.id }).ok).toBe(false);
  });
});
