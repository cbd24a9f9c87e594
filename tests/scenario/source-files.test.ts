/** The sources a scenario may cite are the articles actually in shared/sources and the sections of calibration-facts.md. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILES, CALIBRATION_SECTIONS, knownSource } from '../../src/scenario/source-files';

const shared = join(import.meta.dirname, '../../../shared');

describe('the sources a scenario may cite', () => {
  it('are the article files in shared/sources and the numbered sections of calibration-facts.md', () => {
    expect([...ARTICLE_FILES]).toEqual(
      readdirSync(join(shared, 'sources'))
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    const sections = readFileSync(join(shared, 'research/calibration-facts.md'), 'utf8').match(/^## \d+\./gm) ?? [];
    expect(sections).toHaveLength(CALIBRATION_SECTIONS);
    expect(knownSource('calibration-facts.md §6')).toBe(true);
    expect(knownSource(`calibration-facts.md §${CALIBRATION_SECTIONS + 1}`)).toBe(false);
    expect(knownSource('trainer')).toBe(false);
  });
});
