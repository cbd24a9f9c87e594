/**
 * Fuzz: 10,000 mutated scenario files and 10,000 mutated orders files. Each is
 * either valid (and then plays without an exception) or rejected with problems
 * that each name a JSON path, and never throws.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/scenario/build-content';
import { newGame } from '../../src/scenario/build-game';
import { parseJson, validateScenario } from '../../src/scenario/validate';
import { parseOrdersFile } from '../../src/share/files';
import { seedFromValue } from '../../src/share/seed-code';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { game, scenario, shipped } from '../helpers';
import { mutator, type MutableJson } from '../mutate';

const { rng, mutate, paths, expectPaths } = mutator(20230214);
type Json = MutableJson;

/** The terms of the offer both orders files make. */
const TERMS = {
  firmId: 'rheinmetall',
  product: 'shell',
  perMonth: 2000,
  months: 60,
  unitPriceEur: 4000,
  advanceBp: 1000,
  capacityClause: true,
  indexed: false,
  deliverTo: 'ukraine',
};

/** An orders file as version 1 wrote it: a nation on each order, an offer's proposer its first buyer. */
const ordersV1: Json = {
  format: 'race-of-logistics/orders',
  version: 1,
  nations: ['US', 'DE'],
  turns: [
    [
      { kind: 'drawdown', nationId: 'US', product: 'shell', amount: 40000 },
      { kind: 'addShift', nationId: 'US', lineId: 'gd-iowa' },
      {
        kind: 'offer',
        offer: { ...TERMS, buyers: [{ nationId: 'DE', shareBp: 10000 }] },
      },
    ],
    [
      { kind: 'weekendWork', nationId: 'US', lineId: 'gd-scranton', on: true },
      { kind: 'fundPlant', nationId: 'DE', templateId: 'rh-unterluss-2' },
      { kind: 'pledge', nationId: 'DE', shareBp: 200 },
    ],
    [
      { kind: 'cancelContract', nationId: 'DE', contractId: 'c0002' },
      { kind: 'industrialPlan', nationId: 'DE' },
      { kind: 'reactivateLine', nationId: 'US', lineId: 'raytheon-tucson' },
    ],
  ],
};

/** The same orders as written today: version 2, every order naming its actor (an offer: a buyer). */
const ordersV2: Json = {
  format: 'race-of-logistics/orders',
  version: 2,
  nations: ['US', 'DE', 'NL'],
  turns: [
    [
      { kind: 'drawdown', actor: 'US', product: 'shell', amount: 40000 },
      { kind: 'addShift', actor: 'US', lineId: 'gd-iowa' },
      {
        kind: 'offer',
        actor: 'NL',
        offer: {
          ...TERMS,
          buyers: [
            { nationId: 'DE', shareBp: 5000 },
            { nationId: 'NL', shareBp: 5000 },
          ],
        },
      },
    ],
    [
      { kind: 'weekendWork', actor: 'US', lineId: 'gd-scranton', on: true },
      { kind: 'fundPlant', actor: 'DE', templateId: 'rh-unterluss-2' },
      { kind: 'pledge', actor: 'DE', shareBp: 200 },
    ],
    [
      { kind: 'cancelContract', actor: 'DE', contractId: 'c0002' },
      { kind: 'industrialPlan', actor: 'trainer' },
      { kind: 'reactivateLine', actor: 'US', lineId: 'raytheon-tucson' },
    ],
  ],
};

describe('fuzzing files', () => {
  it('10,000 mutated scenario files are each valid or rejected with JSON paths, never an exception', () => {
    const base = scenario() as unknown as Json;
    const allPaths = paths(base);
    let valid = 0;
    for (let i = 0; i < 10_000; i++) {
      let text = JSON.stringify(mutate(base, allPaths));
      if (i % 50 === 0) text = text.slice(0, uniformInt(rng, 0, text.length - 1));
      const json = parseJson(text);
      if (!json.ok) {
        expectPaths(json.problems);
        continue;
      }
      const result = validateScenario(json.value);
      if (!result.ok) {
        expectPaths(result.problems);
        continue;
      }
      valid++;
      if (valid % 20 === 0) {
        // A valid mutant must also play.
        const c = buildContent(result.scenario);
        let s = newGame(c, seedFromValue(i));
        for (let t = 0; t < 3 && !s.finished; t++) s = resolveTurn(c, s, [], { explain: false }).state;
      }
    }
    // Not every mutation breaks the file: some change a number within its range.
    expect(valid).toBeGreaterThan(100);
    // 30–45 s alone; beside other suites on one of this machine's slow spells it took 66 s (a clean clone's run).
  }, 180_000);

  it.each([1, 2])('10,000 mutated version-%i orders files are each valid or rejected with JSON paths, and valid ones play', (version) => {
    const base: Json = version === 2 ? ordersV2 : ordersV1;
    const allPaths = paths(base);
    const c = shipped();
    const start = game(7, c);
    let valid = 0;
    for (let i = 0; i < 10_000; i++) {
      const parsed = parseOrdersFile(JSON.stringify(mutate(base, allPaths)));
      if (!parsed.ok) {
        expectPaths(parsed.problems);
        continue;
      }
      valid++;
      expect(parsed.value.version).toBe(2);
      if (valid % 10 === 0) {
        let s = start;
        for (const orders of parsed.value.turns) {
          const r = resolveTurn(c, s, orders, { explain: false });
          for (const o of r.report.orders) expect(o.message.id.length).toBeGreaterThan(0);
          s = r.state;
        }
      }
    }
    expect(valid).toBeGreaterThan(100);
  });
});
