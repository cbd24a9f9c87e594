/** A live team's orders of the turn under way, kept in the browser for a reload (trainer play-test: a reload lost them). */
import { beforeEach, describe, expect, it } from 'vitest';
import { keepTurnOrders, keptTurnOrders } from '../../src/ui/live/kept-orders';
import type { Order } from '../../src/sim';

const stored = new Map<string, string>();
beforeEach(() => {
  stored.clear();
  // Node has no localStorage: a Map stands in for the browser's, as strict about strings as it is.
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, String(v)),
  };
});

const send: Order = { kind: 'drawdown', actor: 'US', product: 'shell155', amount: 20000 };

describe('orders kept for a reload', () => {
  it('come back for the same class and turn, and not for another turn or class', () => {
    keepTurnOrders('ABC-DEF-G', 2, [send]);
    expect(keptTurnOrders('ABC-DEF-G', 2)).toEqual([send]);
    expect(keptTurnOrders('ABC-DEF-G', 3)).toEqual([]);
    expect(keptTurnOrders('XYZ-XYZ-X', 2)).toEqual([]);
  });

  it('go once the turn has none (ended, or every order taken back)', () => {
    keepTurnOrders('ABC-DEF-G', 2, [send]);
    keepTurnOrders('ABC-DEF-G', 3, []);
    expect(keptTurnOrders('ABC-DEF-G', 2)).toEqual([]);
  });

  it('that were tampered with, cut short or grown huge are not given: the team rejoins without them', () => {
    for (const bad of ['{"ABC-DEF-G":', '[]', '{"ABC-DEF-G":{"turn":2,"orders":[{"kind":"drawdown"}]}}', `{"x":"${'y'.repeat(300_000)}"}`]) {
      stored.set('rol-live-orders', bad);
      expect(keptTurnOrders('ABC-DEF-G', 2)).toEqual([]);
    }
  });

  it('a browser that keeps nothing still plays', () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => keepTurnOrders('ABC-DEF-G', 2, [send])).not.toThrow();
    expect(keptTurnOrders('ABC-DEF-G', 2)).toEqual([]);
  });
});
