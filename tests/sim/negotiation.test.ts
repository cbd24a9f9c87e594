import { describe, expect, it } from 'vitest';
import { firmSpec } from '../../src/sim/content';
import { findContract, findFirm } from '../../src/sim/find';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { askPriceEur } from '../../src/sim/firm-price';
import { evaluateOffer, freeCapacity } from '../../src/sim/negotiation';
import { applyOrder } from '../../src/sim/resolve/orders';
import { advance, message, nation, offer } from '../helpers';
import { world } from '../world';

describe('a firm answering an offer', () => {
  it('refuses to build a line for a one-year order, and says how many months of orders it needs', () => {
    const { c, s } = world();
    const big = offer({
      firmId: 'shellco',
      perMonth: freeCapacity(s, { id: 'shellco' }, 'shell') + 5000,
      months: 12,
      capacityClause: true,
      unitPriceEur: 9000,
    });
    const answer = evaluateOffer(c, s, big);
    expect(answer.verdict).toBe('counter');
    expect(answer.counter!.months).toBe(60);
    expect(answer.reasons).toContainEqual(message('firm.guarantee', { months: 60, free: freeCapacity(s, { id: 'shellco' }, 'shell'), addable: 20_000 }));
  });

  it('a big advance shortens the guarantee it needs', () => {
    const { c, s } = world();
    const big = offer({ firmId: 'shellco', perMonth: freeCapacity(s, { id: 'shellco' }, 'shell') + 5000, months: 12, capacityClause: true, advanceBp: 2000 });
    expect(evaluateOffer(c, s, big).counter!.months).toBe(60 - c.rules.market.bigAdvanceGuaranteeCutMonths);
  });

  it('accepts a five-year order with a capacity clause at its asking price, and starts building a line', () => {
    const { c, s } = world();
    const firm = firmSpec(c, 'shellco')!;
    const o = offer({ firmId: 'shellco', perMonth: freeCapacity(s, firm, 'shell') + 5000, months: 60, capacityClause: true });
    o.unitPriceEur = askPriceEur(c, s, firm, o);
    expect(evaluateOffer(c, s, o).verdict).toBe('accept');
    const lines = s.lines.length;
    const result = applyOrder(c, s, { kind: 'offer', actor: 'AA', offer: o });
    expect(result).toMatchObject({ ok: true, message: message('offer.signed', { firm: 'shellco', contract: 'c0003' }) });
    expect(s.lines.length).toBe(lines + 1);
    expect(s.lines.at(-1)!).toMatchObject({ status: 'building', firmId: 'shellco' });
    expect(s.contracts.at(-1)!.capacityLineId).toBe(s.lines.at(-1)!.id);
  });

  it('accepts its own counter-offer when it is sent back unchanged', () => {
    const { c, s } = world();
    const answer = evaluateOffer(c, s, offer({ firmId: 'shellco', perMonth: 4000, months: 24, unitPriceEur: 2000 }));
    expect(answer.verdict).toBe('counter');
    expect(answer.reasons.map((r) => r.id)).toContain('firm.price');
    expect(evaluateOffer(c, s, answer.counter!).verdict).toBe('accept');
  });

  it('rejects a price far below its cost and market', () => {
    const { c, s } = world();
    const answer = evaluateOffer(c, s, offer({ firmId: 'shellco', perMonth: 100, unitPriceEur: 500 }));
    expect(answer.verdict).toBe('reject');
    expect(answer.reasons[0]).toEqual(message('firm.priceInsult', { offeredEur: 500, askEur: answer.askPriceEur }));
  });

  it('rejects a buyer it no longer trusts after cancellations', () => {
    const { c, s } = world();
    findFirm(s, 'shellco')!.trustBp.AA = 1000;
    const answer = evaluateOffer(c, s, offer({ firmId: 'shellco', perMonth: 100, unitPriceEur: 20000 }));
    expect(answer.verdict).toBe('reject');
    expect(answer.reasons).toContainEqual(message('firm.noTrust', { firm: 'shellco', nations: 'AA' }));
  });

  it('gives a lower price for a long, pooled order than for a short single-buyer one', () => {
    const { c, s } = world();
    const firm = firmSpec(c, 'shellco')!;
    const short = askPriceEur(c, s, firm, offer({ firmId: 'shellco', months: 12, buyers: [{ nationId: 'BB', shareBp: 10000 }] }));
    const pooled = askPriceEur(
      c,
      s,
      firm,
      offer({
        firmId: 'shellco',
        months: 60,
        buyers: [
          { nationId: 'BB', shareBp: 5000 },
          { nationId: 'CC', shareBp: 5000 },
        ],
      }),
    );
    expect(pooled).toBeLessThan(short);
  });

  it('asks more as its order book grows (lead times of 12 → 28 months pushed prices up)', () => {
    const { c, s } = world();
    const firm = firmSpec(c, 'shellco')!;
    const before = askPriceEur(c, s, firm, offer({ firmId: 'shellco' }));
    for (const x of s.contracts) if (x.firmId === 'shellco') x.months *= 5;
    expect(askPriceEur(c, s, firm, offer({ firmId: 'shellco' }))).toBeGreaterThan(before);
  });

  it('will not make shells it has no line or plant for', () => {
    const { c, s } = world();
    const answer = evaluateOffer(c, s, offer({ firmId: 'missileco', perMonth: 100 }));
    expect(answer.verdict).toBe('reject');
    expect(answer.reasons).toContainEqual(message('firm.noCapacity', { product: 'shell' }));
  });
});

describe('contracts', () => {
  it('cancelling costs a penalty and the firm trusts the buyer less', () => {
    const { c, s } = world();
    const contract = s.contracts.find((x) => x.firmId === 'shellco')!;
    const firm = findFirm(s, 'shellco')!;
    const trust = firm.trustBp.AA!;
    const funds = nation(s, 'AA').fundsEur;
    const penalty = Math.floor((contract.perMonth * contract.months * contract.unitPriceEur * c.rules.cancelPenaltyBp) / 10000);
    const r = applyOrder(c, s, { kind: 'cancelContract', actor: 'AA', contractId: contract.id });
    expect(r).toMatchObject({
      ok: true,
      message: message('cancel.done', { contract: contract.id, penaltyEur: penalty, advanceKeptEur: 0, firm: 'shellco', nation: 'AA' }),
    });
    expect(contract.status).toBe('cancelled');
    expect(firm.trustBp.AA).toBe(trust - c.rules.cancelTrustLossBp);
    expect(nation(s, 'AA').fundsEur).toBe(funds - penalty);
  });

  it('cancelling stops every delivery and says what it costs: the penalty on the undelivered value and the unspent advance the firm keeps', () => {
    const { c, s } = world();
    const o = offer({ firmId: 'shellco', perMonth: 1000, months: 12, unitPriceEur: 9000, advanceBp: 5000 });
    let state = resolveTurn(c, s, [{ kind: 'offer', actor: 'AA', offer: o }], { explain: false }).state;
    state = resolveTurn(c, state, [], { explain: false }).state;
    const contract = state.contracts.at(-1)!;
    // Two months delivered (2,000 × €9,000) were set against the €54 m advance.
    expect([contract.delivered, contract.advanceLeftEur]).toEqual([2000, 54_000_000 - 18_000_000]);
    const funds = nation(state, 'AA').fundsEur;
    const r = applyOrder(c, state, { kind: 'cancelContract', actor: 'AA', contractId: contract.id });
    const penalty = Math.floor((10_000 * 9000 * c.rules.cancelPenaltyBp) / 10000);
    expect(r).toMatchObject({
      ok: true,
      message: message('cancel.done', { contract: contract.id, penaltyEur: penalty, advanceKeptEur: 36_000_000, firm: 'shellco', nation: 'AA' }),
    });
    // The penalty is all the money that moves: nothing of the advance comes back.
    expect(nation(state, 'AA').fundsEur).toBe(funds - penalty);
    expect(contract.status).toBe('cancelled');
    const later = advance(c, state, 3);
    expect(findContract(later, contract.id)!.delivered).toBe(2000);
  });

  it('a cancellation is refused with its reason when the contract is not the actor’s or no longer active', () => {
    const { c, s } = world();
    expect(applyOrder(c, s, { kind: 'cancelContract', actor: 'BB', contractId: 'c0001' }).message).toEqual(
      message('cancel.notBuyer', { nation: 'BB', contract: 'c0001' }),
    );
    expect(applyOrder(c, s, { kind: 'cancelContract', actor: 'AA', contractId: 'c0001' }).ok).toBe(true);
    expect(applyOrder(c, s, { kind: 'cancelContract', actor: 'AA', contractId: 'c0001' }).message).toEqual(
      message('cancel.notActive', { contract: 'c0001', status: 'cancelled' }),
    );
    expect(applyOrder(c, s, { kind: 'cancelContract', actor: 'AA', contractId: 'c9999' }).message).toEqual(
      message('order.unknownContract', { contract: 'c9999' }),
    );
  });
});
