/**
 * Explosive and propellant plants (rules 8): a state pays for one, it opens when its months are up,
 * and from then every line draws on a larger supply. Play-test: explosive fill capped every line and
 * no lever could move it.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { validateScenario } from '../../src/scenario/validate';
import { seedFromValue } from '../../src/share/seed-code';
import { copyState } from '../../src/sim/copy-state';
import { monthIndex } from '../../src/sim/month';
import { POLICIES } from '../../src/sim/policies';
import { applyOrder } from '../../src/sim/resolve/orders';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState } from '../../src/sim/types';
import { game, message, nation, shipped } from '../helpers';

const c = shipped();
const tnt = c.inputPlants.find((x) => x.id === 'nitro-chem-tnt')!;

/** Months of the allies' historical course from a state, returning the state and NATO's shells each month. */
function play(start: GameState, months: number): { s: GameState; made: number[] } {
  let s = start;
  const made: number[] = [];
  const all = s.nations.map((n) => n.id);
  for (let i = 0; i < months; i++) {
    const r = resolveTurn(c, s, POLICIES.historical(c, s, all), { explain: false });
    made.push(r.report.summary.natoArtillery);
    s = r.state;
  }
  return { s, made };
}

describe('an explosive or propellant plant', () => {
  it('is paid for once, opens when its months are up, and adds to its input’s supply for good, told with its source', () => {
    const s = game(2);
    nation(s, 'PL').fundsEur = 500_000_000;
    const funds = nation(s, 'PL').fundsEur;
    const unfunded = copyState(s);
    expect(applyOrder(c, s, { kind: 'fundInputPlant', actor: 'PL', plantId: tnt.id })).toMatchObject({
      ok: true,
      message: message('inputPlant.funded', {
        nation: 'PL',
        plant: tnt.id,
        costEur: tnt.capexEur,
        readyMonth: s.month + tnt.buildMonths,
        input: 'explosive',
        addsPerMonth: tnt.addsPerMonth,
      }),
    });
    expect(nation(s, 'PL').fundsEur).toBe(funds - tnt.capexEur);
    expect(applyOrder(c, s, { kind: 'fundInputPlant', actor: 'DE', plantId: tnt.id })).toMatchObject({
      ok: false,
      message: message('inputPlant.alreadyFunded', { plant: tnt.id, nation: 'PL' }),
    });
    // Against the same game without it (the news moves supply too): nothing more until it opens, then its figure for good.
    let [t, u] = [s, unfunded];
    for (let i = 0; i < tnt.buildMonths + 2; i++) {
      const r = resolveTurn(c, t, []);
      [t, u] = [r.state, resolveTurn(c, u, [], { explain: false }).state];
      const open = i >= tnt.buildMonths;
      expect(t.inputs.supplyPerMonth.explosive! - u.inputs.supplyPerMonth.explosive!).toBe(open ? tnt.addsPerMonth : 0);
      const opened = r.report.entries.find((e) => e.id === `inputPlant:${tnt.id}`);
      expect(!!opened).toBe(i === tnt.buildMonths);
      if (opened) expect(opened.source).toEqual(tnt.source);
    }
  });

  it('is refused plainly when the state cannot pay, or the plant does not exist', () => {
    const s = game(3);
    nation(s, 'PL').fundsEur = 1_000;
    expect(applyOrder(c, s, { kind: 'fundInputPlant', actor: 'PL', plantId: tnt.id })).toMatchObject({
      ok: false,
      message: message('inputPlant.noMoney', { nation: 'PL', plant: tnt.id, costEur: tnt.capexEur, hasEur: 1_000 }),
    });
    expect(applyOrder(c, s, { kind: 'fundInputPlant', actor: 'PL', plantId: 'nowhere' })).toMatchObject({
      ok: false,
      message: message('order.unknownInputPlant', { plant: 'nowhere' }),
    });
    expect(s.inputs.plants).toEqual([]);
  });

  it('makes more shells once it opens where its input is what binds the lines', () => {
    const start = game(4);
    // Propellant plentiful, so explosive fill is what binds.
    start.inputs.supplyPerMonth.propellant = 10_000_000;
    start.inputs.supplyPerMonth.explosive = 300_000;
    const funded = copyState(start);
    // Any state may pay for it: here the United States pays for the Polish line.
    expect(applyOrder(c, funded, { kind: 'fundInputPlant', actor: 'US', plantId: tnt.id }).ok).toBe(true);
    const months = tnt.buildMonths + 3;
    const [a, b] = [play(funded, months), play(start, months)];
    // Before it opens, the same output; after, more.
    expect(a.made.slice(0, tnt.buildMonths - 1)).toEqual(b.made.slice(0, tnt.buildMonths - 1));
    const after = (x: number[]) => x.slice(tnt.buildMonths).reduce((m, y) => m + y, 0);
    expect(after(a.made)).toBeGreaterThan(after(b.made) + 10_000);
  });
});

describe('input plants paid for before a scenario starts', () => {
  it('turning-the-tide inherits the 2024 plants: they open in their months, and nobody pays for them again', () => {
    const { content, scenario: file } = loadScenario('turning-the-tide');
    let s = newGame(content, seedFromValue(5));
    expect(s.inputs.plants.map((x) => x.id).sort()).toEqual(['eu-explosives-line', 'nitro-chem-tnt', 'nitrochemie-powder', 'us-tnt-plant']);
    const all = s.nations.map((n) => n.id);
    while (s.month < monthIndex(2025, 9)) s = resolveTurn(content, s, POLICIES.historical(content, s, all), { explain: false }).state;
    const r = resolveTurn(content, s, POLICIES.historical(content, s, all));
    expect(r.report.entries.map((e) => e.id)).toEqual(expect.arrayContaining(['inputPlant:nitro-chem-tnt', 'inputPlant:eu-explosives-line']));
    expect(r.state.inputs.plants).toHaveLength(4);
    // A plant the scenario does not offer is refused with its path.
    const v = validateScenario({ ...file, inputPlantsFunded: [{ plantId: 'no-such-plant', nationId: 'DE', readyMonth: '2025-04' }] });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.path).join(' ')).toContain('$.inputPlantsFunded[0].plantId');
  });
});
