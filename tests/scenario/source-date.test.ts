/** A source's date read as the first month it allows; news may not cite a source written after it. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { sourceFirstMonth } from '../../src/scenario/source-date';
import { validateScenario } from '../../src/scenario/validate';
import { formatMonth, monthIndex } from '../../src/sim/month';
import { applyOrder } from '../../src/sim/resolve/orders';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { game, scenario, shipped } from '../helpers';

const SHIPPED = ['race-of-logistics', 'full-campaign', 'before-bucharest', 'stocks-running-dry', 'turning-the-tide', 'washington-summit'];

const first = (d: string) => {
  const m = sourceFirstMonth(d);
  return m === null ? null : formatMonth(m);
};

describe('source dates', () => {
  it.each([
    ['14 Feb 2023', '2023-02'],
    ['late Nov 2022', '2022-11'],
    ['20–24 Apr 2024', '2024-04'],
    ['Jul 2024', '2024-07'],
    ['2025', '2025-01'],
    ['2024–25', '2024-01'],
    ['Dec 2025–Jan 2026', '2025-12'],
    ['Feb–Mar 2024', '2024-02'],
    ['Sept 2024', '2024-09'],
    ['undated', null],
  ])('%s → %s', (date, month) => expect(first(date)).toBe(month));
});

describe('news is true in its month', () => {
  it('refuses an event that cites a source written after the event can first appear, naming its path', () => {
    const sc = scenario();
    const i = sc.events.findIndex((e) => e.trigger.kind === 'month');
    sc.events[i]!.source = { ...sc.events[i]!.source, date: '2031' };
    const r = validateScenario(sc);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual({
        path: `$.events[${i}].source.date`,
        message: expect.stringContaining('dated 2031, after the event can first appear'),
      });
  });

  it.each(SHIPPED)('%s: no event cites a source dated after its first possible month', (id) => {
    expect(validateScenario(loadScenario(id).scenario)).toMatchObject({ ok: true });
  });

  it('the month Congress passes the supplemental ("money flows again"), US drawdowns are allowed again', () => {
    const c = shipped();
    // In this war the seed dates it April to June 2024 (the record: 24 Apr 2024).
    let s = game(1);
    while (!s.firedEvents.includes('us-supplemental') && !s.finished) s = resolveTurn(c, s, [], { explain: false }).state;
    expect(s.firedEvents).toContain('us-supplemental');
    expect(s.month).toBeGreaterThanOrEqual(monthIndex(2024, 4));
    expect(s.month).toBeLessThanOrEqual(monthIndex(2024, 6));
    const r = applyOrder(c, s, { kind: 'drawdown', actor: 'US', product: 'shell', amount: 10_000 });
    expect(r.message.id).not.toBe('drawdown.frozen');
    expect(r.ok).toBe(true);
  });
});
