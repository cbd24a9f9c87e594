/**
 * The what-if forecast (issue 14, item 4): futures played from the month on
 * screen. Future 0 is the war this seed brings; the others draw afresh; the
 * orders already given count; the game in progress is never changed.
 */
import { describe, expect, it } from 'vitest';
import { batchSeed, playSlice } from '../../src/cli/batch-games';
import { loadScenarioById, newGame } from '../../src/cli/scenario-files';
import { futureStart, playFuture, summariseFutures, type FuturePlan } from '../../src/sim/forecast';
import { hashState } from '../../src/sim/hash';
import { POLICIES } from '../../src/sim/policies';
import { ordersForTurn } from '../../src/sim/replay';

const { content } = loadScenarioById('race-in-a-lesson');
const start = newGame(content, batchSeed(4));
const all = start.nations.map((n) => n.id);
const coordinator: FuturePlan = { pending: [], humanNations: all, humanPolicy: 'balanced', aiPolicy: 'historical' };

describe('forecast', () => {
  it('future 0 is the seed’s own war: the alliance played by the balanced policy scores what sim batch scores on that seed', () => {
    const [row] = playSlice({ scenario: 'race-in-a-lesson', policy: 'balanced', from: 4, to: 5 });
    // The month on screen with the orders the policy would give in it, as a student following it would.
    const future = playFuture(content, start, { ...coordinator, pending: ordersForTurn(content, start, [], POLICIES.balanced, all) }, 0);
    expect(future.score.at(-1)).toBe(row!.score.score);
    expect(future.score).toHaveLength(content.endMonth - content.startMonth + 1);
  });

  it('other futures draw afresh, the same on every run, and some end otherwise', () => {
    const futures = Array.from({ length: 12 }, (_, i) => playFuture(content, start, coordinator, i + 1));
    expect(playFuture(content, start, coordinator, 5)).toEqual(futures[4]);
    expect(new Set(futures.map((f) => f.gainKm2.at(-1))).size).toBeGreaterThan(3);
    expect(futureStart(start, 3).rng).not.toEqual(start.rng);
  });

  it('the orders already given count: shells sent now hold ground later', () => {
    const given: FuturePlan = { ...coordinator, pending: [{ kind: 'drawdown', actor: 'US', product: 'shell', amount: 400_000 }] };
    const idle: FuturePlan = { ...coordinator, humanPolicy: 'passive' };
    const withOrders = playFuture(content, start, { ...given, humanPolicy: 'passive' }, 0);
    const without = playFuture(content, start, idle, 0);
    expect(withOrders.gainKm2.at(-1)).toBeLessThan(without.gainKm2.at(-1)!);
  });

  it('never changes the game it starts from', () => {
    const before = hashState(start);
    playFuture(content, start, coordinator, 7);
    expect(hashState(start)).toBe(before);
  });

  it('sums futures into bands in order, each objective’s chance and the chance of victory', () => {
    const futures = Array.from({ length: 20 }, (_, i) => playFuture(content, start, coordinator, i));
    const f = summariseFutures(content, start.month, futures);
    expect(f.futures).toBe(20);
    expect(f.months[0]).toBe(start.month);
    for (const b of [...f.gainKm2, ...f.fireRatioBp, ...f.score]) {
      expect(b.p10).toBeLessThanOrEqual(b.p50);
      expect(b.p50).toBeLessThanOrEqual(b.p90);
    }
    expect(f.winBp).toBe((futures.filter((x) => x.victory).length * 10_000) / 20);
    expect(f.objectives.map((o) => o.id)).toEqual(content.objectives.map((o) => o.id));
  });
});
