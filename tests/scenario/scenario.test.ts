import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED } from '../../src/cli/balance';
import { loadScenario, scenarioIds } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { validateScenario } from '../../src/scenario/validate';
import { seedFromValue } from '../../src/share/seed-code';
import { scenario } from '../helpers';

const root = join(import.meta.dirname, '../..');

describe('the shipped scenarios', () => {
  const all = SHIPPED.map((id) => loadScenario(id).scenario);

  it('are the class scenario, the five from the articles and the full campaign, all valid, all in scenarios/', () => {
    expect(SHIPPED.every((id) => scenarioIds().includes(id))).toBe(true);
    expect(all.map((s) => [s.start, s.end])).toEqual([
      ['2023-02', '2024-12'],
      ['2022-09', '2023-06'],
      ['2022-11', '2023-08'],
      ['2023-02', '2024-12'],
      ['2024-07', '2025-06'],
      ['2025-01', '2025-12'],
      ['2022-09', '2026-12'],
    ]);
    for (const s of all) expect(validateScenario(s).ok).toBe(true);
  });

  it('one is made for a lesson: listed first, in four turns of six months, its duration stated; the long game says its own', () => {
    const lesson = all[0]!;
    expect(lesson.forClass).toBe(true);
    expect(lesson.monthsPerTurn).toBe(6);
    expect(lesson.minutes).toBeLessThanOrEqual(45);
    expect(lesson.briefing).toMatch(/in four turns of six months/);
    expect(all.find((s) => s.id === 'race-of-logistics')?.minutes).toBeGreaterThan(45);
  });

  it('each has a briefing, objectives, learning goals and sources', () => {
    for (const s of all) {
      expect(s.briefing.length).toBeGreaterThan(200);
      expect(s.objectives.length).toBeGreaterThanOrEqual(4);
      expect(s.learningGoals.length).toBeGreaterThanOrEqual(2);
      expect(s.sources.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('together hold at least 6 firms, 10 nations, 5 sectors and 30 distinct events, each event citing a source', () => {
    const ids = (pick: (s: (typeof all)[number]) => { id: string }[]) => new Set(all.flatMap((s) => pick(s).map((x) => x.id)));
    expect(ids((s) => s.firms).size).toBeGreaterThanOrEqual(6);
    expect(ids((s) => s.nations).size).toBeGreaterThanOrEqual(10);
    expect(ids((s) => s.sectors).size).toBeGreaterThanOrEqual(5);
    expect(ids((s) => s.events).size).toBeGreaterThanOrEqual(30);
    for (const s of all)
      for (const e of [...s.events, ...s.constraints]) expect(e.source.file).toMatch(/^(\d{3}_[0-9a-f]{16}\.txt|calibration-facts\.md §\d+)$/);
  });

  it('era decks for 2022, 2023 and 2024–25 are drawn by the seed', () => {
    const { scenario: full, content } = loadScenario('full-campaign');
    expect(full.decks?.map((d) => d.id)).toEqual(['era-2022', 'era-2023', 'era-2024-25']);
    const shelved = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) shelved.add(newGame(content, seedFromValue(seed)).shelvedEvents.join(','));
    expect(shelved.size).toBeGreaterThan(1);
    const one = newGame(content, seedFromValue(1));
    for (const d of full.decks!) {
      const deck = full.events.filter((e) => e.deck === d.id).map((e) => e.id);
      expect(deck.filter((id) => !one.shelvedEvents.includes(id))).toHaveLength(d.draw);
    }
  });
});

describe('the race-of-logistics scenario', () => {
  const sc = scenario();

  it('is valid', () => {
    expect(validateScenario(sc).ok).toBe(true);
  });

  it('has the minimum content: 6 firms, 10 nations, 5 sectors, 15 events', () => {
    expect(sc.firms.length).toBeGreaterThanOrEqual(6);
    expect(sc.nations.length).toBeGreaterThanOrEqual(10);
    expect(sc.sectors.map((s) => s.name)).toEqual(['Kharkiv', 'Luhansk', 'Donetsk', 'Zaporizhzhia', 'Kherson']);
    expect(sc.events.length).toBeGreaterThanOrEqual(15);
  });

  it('runs monthly from Feb 2023 to Dec 2024', () => {
    expect([sc.start, sc.end]).toEqual(['2023-02', '2024-12']);
  });

  it('every event and constraint cites an article in shared/sources or a calibration-facts entry', () => {
    const sources = join(root, '../shared/sources');
    // CI checks out shared/ beside the repository; without it this check would prove nothing.
    expect(existsSync(sources), `looked for the articles in ${sources}: shared/ must sit beside the repository (../shared/sources, as in CI)`).toBe(true);
    let articles = 0;
    for (const f of [...sc.events, ...sc.constraints].map((x) => x.source.file).concat(sc.sources.map((x) => x.file))) {
      if (f.startsWith('calibration-facts.md §')) continue;
      expect(f).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(existsSync(join(sources, f)), `${f}: no such article in ${sources}`).toBe(true);
      articles++;
    }
    expect(articles).toBeGreaterThan(0);
  });

  it('scenarios/schema.json is the one the zod schema generates (run `npm run schema` after changing it)', () => {
    const onDisk = JSON.parse(readFileSync(join(root, 'scenarios/schema.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it('a misspelt field is an error naming its path', () => {
    const bad = scenario() as unknown as { firms: Record<string, unknown>[] };
    bad.firms[2]!.guarantyMonths = 12;
    const r = validateScenario(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual({ path: '$.firms[2]', message: expect.stringMatching(/guarantyMonths/) });
  });

  it('a reference to a nation that does not exist is an error naming its path', () => {
    const bad = scenario();
    bad.lines[1]!.nationId = 'ZZ';
    const r = validateScenario(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ path: '$.lines[1].nationId', message: 'unknown nation "ZZ"' }]);
  });

  it('two input plants of one id are an error naming the second', () => {
    const bad = scenario();
    const plants = bad.inputPlants!;
    plants.push({ ...plants[0]! });
    const r = validateScenario(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual({ path: `$.inputPlants[${plants.length - 1}].id`, message: `duplicate id "${plants[0]!.id}"` });
  });
});
