/** The Decisions tab names the scripted changes to Ukraine's fire that come within the turn, the figures its report will give. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { parseMonth } from '../../src/sim/month';
import { pathAheadText } from '../../src/share/text/path-ahead';

const month = (text: string) => parseMonth(text)!;

describe("a scripted rate's changes within the coming turn", () => {
  const { content: c } = loadScenario('race-in-a-lesson');
  const path = c.ukraine.fireDemandPath;

  it("name the counter-offensive's fire in the class scenario's first turn (Feb–Jul 2023)", () => {
    expect(c.monthsPerTurn).toBe(6);
    expect(pathAheadText(path, month('2023-02'), c.monthsPerTurn)).toBe(' (300,000 from Jun 2023)');
  });

  it('name each change in the turn, in order, and nothing in a turn without one', () => {
    expect(pathAheadText(path, month('2023-05'), 6)).toBe(' (300,000 from Jun 2023, 200,000 from Oct 2023)');
    expect(pathAheadText(path, month('2024-02'), 6)).toBe('');
    expect(pathAheadText(path, month('2023-05'), 1)).toBe('');
  });
});
