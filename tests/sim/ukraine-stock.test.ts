/**
 * Ukraine's shell stock is one number told one way: the report's stock line, the month's closing
 * figure and the next month's starting point agree, and its Why? chain names every arrival.
 */
import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../src/sim';
import { POLICIES } from '../../src/sim/policies';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { ukraineArtillery } from '../../src/sim/resolve/front';
import { game, shipped } from '../helpers';

const stockEntry = (entries: readonly ReportEntry[]) => entries.find((e) => e.id === 'stock:ukraine')!;

describe("Ukraine's stock story", () => {
  it('adds up every month: began with + received − fired = left = the closing figure, and the next month begins from it plus the news', () => {
    const c = shipped();
    let s = game(3);
    while (!s.finished) {
      const before = ukraineArtillery({ content: c, state: s });
      const orders = POLICIES.historical(
        c,
        s,
        c.nations.map((n) => n.id),
      );
      const { state, report } = resolveTurn(c, s, orders);
      const e = stockEntry(report.entries);
      const p = e.message.params as { start: number; received: number; fired: number; left: number };
      expect(p.start).toBe(before);
      expect(p.start + p.received - p.fired).toBe(p.left);
      expect(p.left).toBe(report.summary.ukraineArtillery);
      s = state;
    }
  });

  it('counts aid released from depots as the freeze ends in the closing figure, and names it among the causes', () => {
    const c = shipped();
    const s = game(2);
    const us = s.nations.find((n) => n.id === 'US')!;
    us.aidFrozenUntil = s.month;
    us.heldForUkraine.shell = 40_000;
    const { report } = resolveTurn(c, s, []);
    const e = stockEntry(report.entries);
    const p = e.message.params as { received: number; left: number };
    expect(e.causes).toContain('release:US:shell');
    expect(p.received).toBeGreaterThanOrEqual(40_000);
    expect(p.left).toBe(report.summary.ukraineArtillery);
  });

  it("names Ukraine's own plants among the causes of what it could fire", () => {
    const c = shipped();
    const { report } = resolveTurn(c, game(1), []);
    const e = stockEntry(report.entries);
    expect(e.causes).toContain('ukraine:own');
    const own = report.entries.find((x) => x.id === 'ukraine:own')!;
    expect(own.message.params).toMatchObject({ units: c.ukraine.ownProductionPerMonth });
  });
});
