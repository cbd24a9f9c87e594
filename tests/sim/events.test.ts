import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/sim/month';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { advance, game } from '../helpers';

describe('events', () => {
  it('the opening month’s news is in the state before the first decision, with its source', () => {
    const s = game();
    expect(s.firedEvents).toContain('race-of-logistics');
    expect(s.requests.map((r) => r.id)).toContain('stingers-2023');
  });

  it('a dated event fires at the start of its month and its report entry cites the source', () => {
    let s = game();
    while (s.month < monthIndex(2023, 11)) s = resolveTurn(s, [], { explain: false }).state;
    const r = resolveTurn(s, []);
    const freeze = r.report.entries.find((e) => e.id === 'event:us-aid-freeze')!;
    expect(freeze.source).toEqual({ file: '003_67af65fff6d26c8f.txt', outlet: expect.any(String), date: 'Jul 2024' });
    expect(r.state.nations.find((n) => n.id === 'US')!.aidFrozenUntil).toBe(monthIndex(2024, 4));
  });

  it('window events fire in different months for different seeds', () => {
    const months = new Set<number>();
    for (let seed = 1; seed <= 10; seed++) {
      let s = game(seed);
      // The Czech initiative is in no deck: it always fires, somewhere in its window.
      while (!s.firedEvents.includes('czech-initiative') && !s.finished) s = resolveTurn(s, [], { explain: false }).state;
      expect(s.finished).toBe(false);
      months.add(s.month);
    }
    expect(months.size).toBeGreaterThan(1);
  });

  it('an event of an era deck the seed did not draw never fires', () => {
    let s = game(3);
    const shelved = s.shelvedEvents[0]!;
    expect(shelved).toBeDefined();
    while (!s.finished) s = resolveTurn(s, [], { explain: false }).state;
    expect(s.firedEvents).not.toContain(shelved);
  });

  it('North Korean imports raise Russian supply while they last', () => {
    let s = game();
    while (s.month < monthIndex(2024, 2)) s = resolveTurn(s, [], { explain: false }).state;
    const next = resolveTurn(s, []);
    expect(next.state.russia.lastImports).toBeGreaterThanOrEqual(250_000);
    expect(next.report.entries.find((e) => e.id === 'russia:supply')!.causes).toContain('event:nk-surge');
  });

  it('a missed Ukrainian request costs cohesion', () => {
    const s = advance(game(), 8);
    expect(s.requests.find((r) => r.id === 'stingers-2023')!.status).toBe('missed');
  });
});

describe('the turn report answers "why?"', () => {
  it('every cause an entry names is an entry of the same report or an event', () => {
    let s = game();
    for (let i = 0; i < 12; i++) {
      const r = resolveTurn(s, [{ kind: 'drawdown', nationId: 'US', product: 'shell', amount: 30_000 }]);
      const ids = new Set(r.report.entries.map((e) => e.id));
      for (const e of r.report.entries)
        for (const c of e.causes) expect(ids.has(c) || c.startsWith('event:') || c.startsWith('budget:') || c.startsWith('share:')).toBe(true);
      s = r.state;
    }
  });

  it('a sector’s territory change traces back through Ukraine’s stock to deliveries and the lines that made them', () => {
    const r = resolveTurn(game(), []);
    const byId = new Map(r.report.entries.map((e) => [e.id, e]));
    const front = byId.get('front:donetsk')!;
    expect(front.text).toMatch(/fire ratio/);
    const stock = byId.get(front.causes.find((c) => c === 'stock:ukraine')!)!;
    const delivery = byId.get(stock.causes[0]!)!;
    expect(delivery.kind).toBe('delivery');
    const production = byId.get(delivery.causes[0]!)!;
    expect(production.kind).toBe('production');
  });

  it('rejected orders are reported with their reason and change nothing', () => {
    const s = game();
    const r = resolveTurn(s, [{ kind: 'addShift', nationId: 'US', lineId: 'no-such-line' }]);
    expect(r.report.orders[0]).toMatchObject({ ok: false, reason: 'unknown line "no-such-line"' });
  });
});
