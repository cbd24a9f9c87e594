import { describe, expect, it } from 'vitest';
import { copyState } from '../../src/sim/copy-state';
import { creditRequests } from '../../src/sim/politics';
import { monthIndex } from '../../src/sim/month';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { ScenarioContent } from '../../src/sim/content';
import type { GameState } from '../../src/sim/types';
import { advance, game, message, shipped } from '../helpers';
import { world } from '../world';

/** Resolves empty months until the month (an absolute index) begins. */
function until(c: ScenarioContent, s: GameState, month: number): GameState {
  while (s.month < month) s = resolveTurn(c, s, [], { explain: false }).state;
  return s;
}

describe('events of the shipped scenario', () => {
  const c = shipped();

  it('the opening month’s news is in the state before the first decision', () => {
    const s = game(1, c);
    expect(s.firedEvents).toContain('race-of-logistics');
    expect(s.requests.map((r) => r.id)).toContain('stingers-2023');
  });

  it('a dated event fires at the start of its month and its report entry cites the source', () => {
    const s = until(c, game(1, c), monthIndex(2023, 11));
    const r = resolveTurn(c, s, []);
    const freeze = r.report.entries.find((e) => e.id === 'event:us-aid-freeze')!;
    expect(freeze.message).toEqual(message('event', { event: 'us-aid-freeze' }));
    expect(freeze.source).toEqual({ file: 'calibration-facts.md §9', outlet: 'AP', date: 'Dec 2023' });
    // From Dec 2023 until Congress acts, at most through May 2024.
    expect(r.state.nations.find((n) => n.id === 'US')!.aidFrozenUntil).toBe(monthIndex(2024, 5));
  });

  it('window events fire in different months for different seeds', () => {
    const months = new Set<number>();
    for (let seed = 1; seed <= 10; seed++) {
      let s = game(seed, c);
      // The Czech initiative is in no deck: it always fires, somewhere in its window.
      while (!s.firedEvents.includes('czech-initiative') && !s.finished) s = resolveTurn(c, s, [], { explain: false }).state;
      expect(s.finished).toBe(false);
      months.add(s.month);
    }
    expect(months.size).toBeGreaterThan(1);
  });

  it('an event of an era deck the seed did not draw never fires', () => {
    let s = game(3, c);
    const shelved = s.shelvedEvents[0]!;
    expect(shelved).toBeDefined();
    while (!s.finished) s = resolveTurn(c, s, [], { explain: false }).state;
    expect(s.firedEvents).not.toContain(shelved);
  });

  it('North Korean imports raise Russian supply while they last', () => {
    const s = until(c, game(1, c), monthIndex(2024, 2));
    const next = resolveTurn(c, s, []);
    expect(next.state.russia.lastImports).toBeGreaterThanOrEqual(250_000);
    expect(next.report.entries.find((e) => e.id === 'russia:supply')!.causes).toContain('event:nk-surge');
  });
});

describe('Ukrainian requests', () => {
  /** A world whose Ukraine asks for 5,000 Stingers by March 2023 (nobody sends them). */
  const asking = () =>
    world((sc) => {
      sc.rules.politics.requestMissedCohesionBp = 450;
      sc.events.push({
        id: 'ua-asks',
        title: 'Ukraine asks for Stingers',
        text: 'Ukraine asks for 5,000 Stingers by March.',
        source: { file: 'calibration-facts.md §7', outlet: 'test', date: '2023' },
        trigger: { kind: 'month', month: '2023-01' },
        actions: [{ kind: 'ukraineRequest', requestId: 'stingers', product: 'stinger', amount: 5000, by: '2023-03' }],
      });
    });

  it('a missed request costs cohesion: rules.politics.requestMissedCohesionBp, against the same month without it', () => {
    const { c, s: start } = asking();
    expect(start.requests).toEqual([{ id: 'stingers', product: 'stinger', amount: 5000, byMonth: monthIndex(2023, 3), received: 0, status: 'open' }]);
    const due = advance(c, start, 2);
    expect(due.month).toBe(monthIndex(2023, 3));
    // The same month, once with the request falling due and once without it.
    const without = copyState(due);
    without.requests = [];
    const missed = resolveTurn(c, due, []);
    const control = resolveTurn(c, without, []);
    expect(missed.state.requests[0]!.status).toBe('missed');
    expect(due.politics.cohesionBp).toBeGreaterThan(450);
    expect(missed.state.politics.cohesionBp).toBe(control.state.politics.cohesionBp - 450);
    expect(missed.report.entries.find((e) => e.id === 'request:stingers')).toMatchObject({
      kind: 'politics',
      message: message('politics.request', {
        request: 'stingers',
        product: 'stinger',
        amount: 5000,
        byMonth: monthIndex(2023, 3),
        met: 0,
        received: 0,
        cohesionBp: -450,
      }),
      delta: -450,
    });
  });

  it('a request met on time raises cohesion by rules.politics.requestMetCohesionBp', () => {
    const { c, s: start } = asking();
    const due = advance(c, start, 2);
    const met = copyState(due);
    met.requests[0]!.received = 5000;
    const without = copyState(due);
    without.requests = [];
    const r = resolveTurn(c, met, []);
    expect(r.state.requests[0]!.status).toBe('met');
    expect(r.state.politics.cohesionBp).toBe(resolveTurn(c, without, []).state.politics.cohesionBp + c.rules.politics.requestMetCohesionBp);
  });

  it('Stingers drawn down for Ukraine count towards its request', () => {
    const { c, s } = asking();
    const r = resolveTurn(c, s, [{ kind: 'drawdown', actor: 'AA', product: 'stinger', amount: 100 }]);
    expect(r.state.requests[0]!.received).toBeGreaterThanOrEqual(100);
  });

  it('one shipment counts once: it fills the request due first, and only what that one no longer needs goes to the next', () => {
    const { s } = asking();
    // A second, later request for 200 beside the first for 5,000, of which 4,950 already arrived.
    s.requests.push({ id: 'later', product: 'stinger', amount: 200, byMonth: monthIndex(2023, 9), received: 0, status: 'open' });
    s.requests[0]!.received = 4_950;
    creditRequests(s, 'stinger', 300);
    expect(s.requests.map((r) => r.received)).toEqual([5_000, 200]);
    // A shipment the first request takes whole leaves the later one untouched.
    s.requests[0]!.received = 0;
    s.requests[1]!.received = 0;
    creditRequests(s, 'stinger', 300);
    expect(s.requests.map((r) => r.received)).toEqual([300, 0]);
  });
});

describe('the turn report answers "why?"', () => {
  it('every cause an entry names is an entry of the same report (an event or an election may be one reported in an earlier month)', () => {
    // Events fire at the start of a month and are reported with the month before (the news the
    // player reads before deciding); effects that last (imports, input shocks) cite them later,
    // and the "why" view looks them up in earlier reports. An election resolves after the budget,
    // so the next month's budget cites it. Any other cause must be in the same report.
    const c = shipped();
    let s = game(1, c);
    const earlierEvents = new Set(s.firedEvents.map((id) => `event:${id}`));
    let checked = 0;
    let citedEarlier = 0;
    while (!s.finished) {
      const r = resolveTurn(c, s, [{ kind: 'drawdown', actor: 'US', product: 'shell', amount: 30_000 }]);
      const ids = new Set(r.report.entries.map((e) => e.id));
      for (const e of r.report.entries)
        for (const cause of e.causes) {
          checked++;
          if (ids.has(cause)) continue;
          expect(earlierEvents.has(cause), `${e.id} in month ${r.report.month} names ${cause}, which is not an entry of that report`).toBe(true);
          citedEarlier++;
        }
      for (const e of r.report.entries) if (e.kind === 'event' || e.id.startsWith('election:')) earlierEvents.add(e.id);
      s = r.state;
    }
    expect(checked).toBeGreaterThan(100);
    expect(citedEarlier).toBeGreaterThan(0);
  });

  it('a budget entry cites the share rise only in a month the share rose, and then the rise is an entry', () => {
    const c = shipped();
    let s = game(1, c);
    let rises = 0;
    while (!s.finished) {
      const r = resolveTurn(c, s, []);
      for (const e of r.report.entries.filter((x) => x.kind === 'budget' && x.id.startsWith('budget:'))) {
        const nationId = e.subject;
        const before = s.nations.find((n) => n.id === nationId)!.defenceShareBp;
        const after = r.state.nations.find((n) => n.id === nationId)!.defenceShareBp;
        const elected = c.nations.find((n) => n.id === nationId)!.electionMonths.includes(s.month - 1) ? [`election:${nationId}`] : [];
        if (after > before) {
          rises++;
          expect(e.causes).toEqual([`share:${nationId}`, ...elected]);
          expect(r.report.entries.find((x) => x.id === `share:${nationId}`)?.message).toEqual(message('budget.share', { nation: nationId, shareBp: after }));
        } else expect(e.causes).toEqual(elected);
      }
      s = r.state;
    }
    expect(rises).toBeGreaterThan(0);
  });

  it("a budget entry cites the month's pledge by its order, and last month's election cut with the euros it took", () => {
    const c = shipped();
    const s = game(1, c);
    const pledged = resolveTurn(c, s, [{ kind: 'pledge', actor: 'DE', shareBp: s.nations.find((n) => n.id === 'DE')!.defenceShareBp + 50 }]);
    expect(pledged.report.entries.find((e) => e.id === 'budget:DE')!.causes).toContain('order:0');

    // An election held last month with support far below the risk line: the government cuts.
    const us = c.nations.find((n) => n.id === 'US')!;
    const election = us.electionMonths[0]!;
    let before = advance(c, s, election - s.month);
    before = copyState(before);
    before.nations.find((n) => n.id === 'US')!.supportBp = 0;
    const held = resolveTurn(c, before, []);
    const cut = held.report.entries.find((e) => e.id === 'election:US')!;
    expect(cut.message.id).toBe('politics.electionCut');
    const { fromEur, toEur } = cut.message.params as { fromEur: number; toEur: number };
    expect(toEur).toBeLessThan(fromEur);
    const next = resolveTurn(c, held.state, []);
    const budget = next.report.entries.find((e) => e.id === 'budget:US')!;
    expect(budget.causes).toContain('election:US');
    expect(budget.message.params).toMatchObject({ incomeEur: toEur });
  });

  it('entry ids are unique within a report', () => {
    const c = shipped();
    const r = resolveTurn(c, game(1, c), [{ kind: 'drawdown', actor: 'US', product: 'shell', amount: 30_000 }]);
    const ids = r.report.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a sector’s territory change traces back through Ukraine’s stock to deliveries and the lines that made them', () => {
    const { c, s } = world();
    const r = resolveTurn(c, s, []);
    const byId = new Map(r.report.entries.map((e) => [e.id, e]));
    const front = byId.get('front:east')!;
    expect(front.message).toMatchObject({ id: 'front.sector', params: { sector: 'east', ratioBp: r.state.sectors[0]!.lastRatioBp } });
    // The sector's own factors come first; the one its doctrine's fire is weighed against leads to Ukraine's stock.
    const base = byId.get(front.causes.find((x) => x === 'factor:east:base')!)!;
    const stock = byId.get(base.causes.find((x) => x === 'stock:ukraine')!)!;
    const delivery = byId.get(stock.causes[0]!)!;
    expect(delivery).toMatchObject({ kind: 'delivery', message: { id: 'delivery.made', params: { firm: 'shellco', to: 'ukraine', units: 4000 } } });
    const production = byId.get(delivery.causes[0]!)!;
    expect(production).toMatchObject({ kind: 'production', subject: 'shellco-main' });
  });

  it('rejected orders are reported with their message and change nothing', () => {
    const { c, s } = world();
    const r = resolveTurn(c, s, [{ kind: 'addShift', actor: 'AA', lineId: 'no-such-line' }]);
    expect(r.report.orders[0]).toMatchObject({ ok: false, message: message('order.unknownLine', { line: 'no-such-line' }) });
    expect(r.report.entries.find((e) => e.id === 'order:0')?.message).toEqual(message('order.unknownLine', { line: 'no-such-line' }));
  });
});
