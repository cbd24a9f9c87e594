/**
 * Every order names who gives it. Only a nation of the game gives nation
 * orders (the trainer's class controls are not), and each order's rules say
 * which nation may give it: a buyer proposes an offer or cancels a contract,
 * the nation paying for weekend work stops it.
 */
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/sim/hash';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { applyOrder } from '../../src/sim/resolve/orders';
import { TRAINER, type Order } from '../../src/sim/types';
import { line, message, nation, offer } from '../helpers';
import { world } from '../world';

/** One valid order of every kind, given by AA in the test world. */
const byAA: Order[] = [
  { kind: 'offer', actor: 'AA', offer: offer({ firmId: 'shellco', unitPriceEur: 5000 }) },
  { kind: 'cancelContract', actor: 'AA', contractId: 'c0001' },
  { kind: 'addShift', actor: 'AA', lineId: 'shellco-main' },
  { kind: 'weekendWork', actor: 'AA', lineId: 'shellco-main', on: true },
  { kind: 'fundPlant', actor: 'AA', templateId: 'shellco-plant' },
  { kind: 'reactivateLine', actor: 'AA', lineId: 'missileco-line' },
  { kind: 'drawdown', actor: 'AA', product: 'shell', amount: 1000 },
  { kind: 'pledge', actor: 'AA', shareBp: 210 },
  { kind: 'industrialPlan', actor: 'AA' },
];

describe('who gives an order', () => {
  it.each(byAA.map((o) => [o.kind, o] as const))('an order of kind %s from the trainer is refused: the trainer is not a nation', (_kind, order) => {
    const { c, s } = world();
    const before = hashState(s);
    const r = applyOrder(c, s, { ...order, actor: TRAINER });
    expect(r).toEqual({ order: { ...order, actor: 'trainer' }, ok: false, message: message('order.notANation', { actor: 'trainer' }) });
    expect(hashState(s)).toBe(before);
  });

  it.each(byAA.map((o) => [o.kind, o] as const))('an order of kind %s from a nation not in the game is refused', (_kind, order) => {
    const { c, s } = world();
    const before = hashState(s);
    expect(applyOrder(c, s, { ...order, actor: 'ZZ' })).toMatchObject({ ok: false, message: message('order.unknownActor', { actor: 'ZZ' }) });
    expect(hashState(s)).toBe(before);
  });

  it('an order with no actor at all (an old file not migrated) is refused, not applied', () => {
    const { c, s } = world();
    const old = { kind: 'drawdown', nationId: 'AA', product: 'shell', amount: 1000 } as unknown as Order;
    expect(applyOrder(c, s, old)).toMatchObject({ ok: false, message: message('order.unknownActor', { actor: 'undefined' }) });
    expect(nation(s, 'AA').stock.shell).toBe(300_000);
  });

  it.each(byAA.map((o) => [o.kind, o] as const))(
    'the same order of kind %s from AA itself is accepted (the refusals above are about the actor)',
    (_kind, order) => {
      const { c, s } = world((sc) => (sc.lines[1]!.status = 'mothballed'));
      s.politics.industrialPlansOpen = true;
      expect(applyOrder(c, s, order)).toMatchObject({ ok: true });
    },
  );
});

describe('offers', () => {
  it('an offer whose actor is not one of its buyers is refused', () => {
    const { c, s } = world();
    const o = offer({ firmId: 'shellco', unitPriceEur: 5000, buyers: [{ nationId: 'AA', shareBp: 10000 }] });
    const before = hashState(s);
    expect(applyOrder(c, s, { kind: 'offer', actor: 'BB', offer: o })).toMatchObject({ ok: false, message: message('offer.actorNotBuyer', { actor: 'BB' }) });
    expect(hashState(s)).toBe(before);
  });

  it('any buyer of a pooled offer may propose it, not only the first', () => {
    const { c, s } = world();
    const o = offer({
      firmId: 'shellco',
      unitPriceEur: 5000,
      buyers: [
        { nationId: 'AA', shareBp: 5000 },
        { nationId: 'BB', shareBp: 5000 },
      ],
    });
    expect(applyOrder(c, s, { kind: 'offer', actor: 'BB', offer: o })).toMatchObject({ ok: true, message: { id: 'offer.signed' } });
    expect(s.contracts.at(-1)!.buyers.map((b) => b.nationId)).toEqual(['AA', 'BB']);
  });

  it('offer rounds are counted for each proposing buyer: one nation’s haggling does not use up another’s', () => {
    const { c, s } = world();
    const low = (buyer: string) => ({
      kind: 'offer' as const,
      actor: buyer,
      offer: offer({ firmId: 'shellco', unitPriceEur: 2000, buyers: [{ nationId: buyer, shareBp: 10000 }] }),
    });
    const max = c.rules.maxOffersPerFirmPerTurn;
    for (let i = 0; i < max; i++) expect(applyOrder(c, s, low('AA'))).toMatchObject({ ok: true, message: { id: 'offer.answered' } });
    expect(applyOrder(c, s, low('AA'))).toMatchObject({ ok: false, message: message('offer.rounds', { max }) });
    expect(applyOrder(c, s, low('BB'))).toMatchObject({ ok: true, message: { id: 'offer.answered' } });
    // A new month, new rounds.
    const next = resolveTurn(c, s, []).state;
    expect(applyOrder(c, next, low('AA')).ok).toBe(true);
  });
});

describe('contracts and lines', () => {
  it('a nation that is not a buyer cannot cancel a contract', () => {
    const { c, s } = world();
    const before = hashState(s);
    expect(applyOrder(c, s, { kind: 'cancelContract', actor: 'BB', contractId: 'c0001' })).toMatchObject({
      ok: false,
      message: message('cancel.notBuyer', { nation: 'BB', contract: 'c0001' }),
    });
    expect(s.contracts[0]!.status).toBe('active');
    expect(hashState(s)).toBe(before);
  });

  it('weekend work can be stopped only by the nation that pays for it', () => {
    const { c, s } = world();
    expect(applyOrder(c, s, { kind: 'weekendWork', actor: 'BB', lineId: 'shellco-main', on: true }).ok).toBe(true);
    expect(line(s, 'shellco-main')).toMatchObject({ weekend: true, weekendPayer: 'BB' });
    expect(applyOrder(c, s, { kind: 'weekendWork', actor: 'AA', lineId: 'shellco-main', on: false })).toMatchObject({
      ok: false,
      message: message('weekend.notPayer', { nation: 'AA', line: 'shellco-main' }),
    });
    expect(line(s, 'shellco-main').weekend).toBe(true);
    expect(applyOrder(c, s, { kind: 'weekendWork', actor: 'BB', lineId: 'shellco-main', on: false })).toMatchObject({
      ok: true,
      message: message('weekend.set', { line: 'shellco-main', on: 0 }),
    });
    expect(line(s, 'shellco-main')).toMatchObject({ weekend: false, weekendPayer: '' });
  });

  it('the nation that orders weekend work pays its overtime, not the line’s home nation', () => {
    const { c, s } = world();
    const plain = resolveTurn(c, s, []).state;
    const weekend = resolveTurn(c, s, [{ kind: 'weekendWork', actor: 'BB', lineId: 'shellco-main', on: true }]).state;
    expect(nation(weekend, 'BB').fundsEur).toBe(nation(plain, 'BB').fundsEur - line(s, 'shellco-main').overtimeEurPerMonth);
    expect(nation(weekend, 'AA').fundsEur).toBe(nation(plain, 'AA').fundsEur);
  });
});
