/**
 * Seeds that shape the war: each game's seed chooses, within the record's range, Russia's manpower
 * (its recruits and ground pressure) and the size of its imports. The same seed always draws the
 * same war; different seeds draw different ones; and the report says what the draw did.
 */
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/scenario/build-content';
import { validateScenario } from '../../src/scenario/validate';
import { copyState } from '../../src/sim/copy-state';
import { applyBp } from '../../src/sim/int-math';
import { monthIndex } from '../../src/sim/month';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState } from '../../src/sim/types';
import { game, scenario, shipped } from '../helpers';

const c = shipped();
const range = c.russia.seeded!;

/** Russian gains over `months` months from a state, with no orders. */
function gainsOver(start: GameState, months: number): number {
  let s = start;
  for (let i = 0; i < months; i++) s = resolveTurn(c, s, [], { explain: false }).state;
  return s.tally.russianGainKm2 - start.tally.russianGainKm2;
}

describe('the war a seed draws', () => {
  it('is the same for the same seed, differs across seeds, and stays inside the record’s range', () => {
    expect(game(7).russia).toEqual(game(7).russia);
    const draws = Array.from({ length: 60 }, (_, i) => game(i + 1).russia);
    for (const ru of draws) {
      expect(ru.manpowerBp).toBeGreaterThanOrEqual(range.manpower.minBp);
      expect(ru.manpowerBp).toBeLessThanOrEqual(range.manpower.maxBp);
      expect(ru.importsBp).toBeGreaterThanOrEqual(range.imports.minBp);
      expect(ru.importsBp).toBeLessThanOrEqual(range.imports.maxBp);
    }
    // Sixty seeds reach both ends of the manpower range, not one middle.
    const manpower = draws.map((ru) => ru.manpowerBp);
    expect(Math.min(...manpower)).toBeLessThan(range.manpower.minBp + 600);
    expect(Math.max(...manpower)).toBeGreaterThan(range.manpower.maxBp - 600);
  });

  it('more Russian manpower takes more ground, and each sector’s Why? names it as a factor', () => {
    const s = game(3);
    const [few, many] = [copyState(s), copyState(s)];
    few.russia.manpowerBp = range.manpower.minBp;
    many.russia.manpowerBp = range.manpower.maxBp;
    expect(gainsOver(many, 12)).toBeGreaterThan(gainsOver(few, 12) * 1.15);
    const report = resolveTurn(c, many, []).report;
    const factors = report.entries.filter((e) => e.id.endsWith(':manpower'));
    expect(factors.length).toBeGreaterThan(0);
    for (const f of factors) {
      expect(f.message).toMatchObject({ id: 'front.manpower', params: { manpowerBp: range.manpower.maxBp } });
      expect(f.delta).toBeGreaterThan(0);
      expect(f.source).toEqual(range.manpower.source);
    }
  });

  it('scales each shipment the news brings Russia by the seed’s draw', () => {
    let s = game(5);
    s.russia.importsBp = 11_500;
    const base = c.events.flatMap((e) => e.actions.flatMap((a) => (a.kind === 'russianImports' ? [{ event: e.id, perMonth: a.perMonth }] : [])));
    expect(base.length).toBeGreaterThan(0);
    while (!s.finished && s.russia.imports.length === 0) s = resolveTurn(c, s, [], { explain: false }).state;
    const shipment = s.russia.imports[0]!;
    const scheduled = base.find((x) => x.event === shipment.eventId)!;
    expect(shipment.perMonth).toBe(applyBp(scheduled.perMonth, 11_500));
  });

  it('a scenario without ranges keeps its own figures for every seed, and a range upside down is refused with its path', () => {
    const file = scenario();
    delete file.russia.seeded;
    const plain = buildContent(file);
    for (const seed of [1, 2, 3]) expect(game(seed, plain).russia).toMatchObject({ manpowerBp: 10_000, importsBp: 10_000 });
    const broken = scenario();
    broken.russia.seeded!.imports.maxBp = 5_000;
    const v = validateScenario(broken);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.path).join(' ')).toContain('russia.seeded.imports.maxBp');
  });
});

describe('when Russia pushes and how long US aid stalls, as the seed draws them', () => {
  const timing = range.offensiveTiming!;

  it('moves the offensive path’s changes by the seed’s months, and the report tells the change in the month it comes', () => {
    const delays = new Set(Array.from({ length: 60 }, (_, i) => game(i + 1).russia.offensiveDelay));
    expect([...delays].sort((a, b) => a - b)).toEqual(Array.from({ length: timing.maxMonths - timing.minMonths + 1 }, (_, i) => timing.minMonths + i));
    // The record's 2024 push (from Jan 2024), on time and two months late, from the same December.
    let s = game(4);
    while (s.month < monthIndex(2023, 12)) s = resolveTurn(c, s, [], { explain: false }).state;
    const [onTime, late] = [copyState(s), copyState(s)];
    onTime.russia.offensiveDelay = 0;
    late.russia.offensiveDelay = 2;
    const changeMonth = (start: GameState) => {
      let x = start;
      for (let i = 0; i < 5; i++) {
        const r = resolveTurn(c, x, []);
        if (r.report.entries.some((e) => e.id === 'path:russiaOffensive')) return r.report.month;
        x = r.state;
      }
      return -1;
    };
    expect(changeMonth(onTime)).toBe(monthIndex(2024, 1));
    expect(changeMonth(late)).toBe(monthIndex(2024, 3));
    // Until it comes, the late war's Russians take less ground.
    expect(gainsOver(late, 2)).toBeLessThan(gainsOver(onTime, 2));
  });

  it('freezes US aid from December 2023 until Congress acts, 4 to 6 months, different for different seeds; held shells then go', () => {
    const lengths = new Set<number>();
    for (let seed = 1; seed <= 12; seed++) {
      let s = game(seed);
      while (s.month < monthIndex(2023, 12)) s = resolveTurn(c, s, [], { explain: false }).state;
      // Shells bought for Ukraine wait in US depots while the freeze lasts.
      s.nations.find((n) => n.id === 'US')!.heldForUkraine.shell = 50_000;
      let firstFree = -1;
      while (firstFree < 0 && s.month <= monthIndex(2024, 7)) {
        const r = resolveTurn(c, s, [], { explain: false });
        const us = r.state.nations.find((n) => n.id === 'US')!;
        if (us.aidFrozenUntil < s.month && s.month > monthIndex(2023, 12)) {
          firstFree = s.month;
          expect(r.state.firedEvents).toContain('us-supplemental');
          expect(us.heldForUkraine.shell).toBe(0);
        }
        s = r.state;
      }
      lengths.add(firstFree - monthIndex(2023, 12));
    }
    expect([...lengths].every((n) => n >= 4 && n <= 6)).toBe(true);
    expect(lengths.size).toBeGreaterThan(1);
  });
});
