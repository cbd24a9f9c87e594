import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { validateScenario } from '../../src/scenario/validate';
import { scenario } from '../helpers';

const root = join(import.meta.dirname, '../..');

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
    for (const item of [...sc.events, ...sc.constraints]) {
      const f = item.source.file;
      if (f.startsWith('calibration-facts.md §')) continue;
      expect(f).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      if (existsSync(sources)) expect(existsSync(join(sources, f))).toBe(true);
    }
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
});
