/** Why cohesion moved last turn, as the Politics tab says it: each part from the reports, the drift what is left. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { cohesionStory } from '../../src/share/cohesion-story';
import { lastTurnReports } from '../../src/share/front-moves';
import { seedFromValue } from '../../src/share/seed-code';
import { cohesionStoryText } from '../../src/share/text/headline-text';
import { resolveTurn, type Order, type TurnReport } from '../../src/sim';

function play(first: Order[], months: number) {
  const c = loadScenario('race-in-a-lesson').content;
  let s = newGame(c, seedFromValue(7));
  const reports: TurnReport[] = [];
  for (let i = 0; i < months; i++) {
    const r = resolveTurn(c, s, i === 0 ? first : []);
    reports.push(r.report);
    s = r.state;
  }
  return { c, reports };
}

describe('the cohesion story', () => {
  it('gives a pledge its own part: half the rise in basis points, as the rule adds it', () => {
    const c = loadScenario('race-in-a-lesson').content;
    const us = c.opening.nations.find((n) => n.id === 'US')!;
    const { reports } = play([{ kind: 'pledge', actor: 'US', shareBp: us.defenceShareBp + 20 }], 4);
    const story = cohesionStory(c, lastTurnReports(reports, c), undefined)!;
    expect(story.fromBp).toBe(c.opening.politics.cohesionBp);
    expect(story.toBp).toBe(reports[3]!.summary.cohesionBp);
    expect(story.pledgesBp).toBe(10);
    expect(story.plansBp).toBe(0);
    expect(cohesionStoryText(story, 'turn')).toMatch(/^Cohesion [\d.]+ % → [\d.]+ % last turn: .*pledges \+0\.1 %/);
  });

  it('names a missed request of Ukraine in the turn it fell due', () => {
    const { c, reports } = play([], 8);
    const turn = lastTurnReports(reports, c);
    const missed = turn.flatMap((r) => r.entries).filter((e) => e.message.id === 'politics.request');
    expect(missed.length).toBeGreaterThan(0);
    const story = cohesionStory(c, turn, reports[3])!;
    expect(story.requestsBp).toBe(missed.reduce((sum, e) => sum + (e.message.params as { cohesionBp: number }).cohesionBp, 0));
    expect(story.requestsBp).toBeLessThan(0);
    expect(story.fromBp).toBe(reports[3]!.summary.cohesionBp);
    expect(cohesionStoryText(story, 'turn')).toContain("Ukraine's requests missed −");
  });
});
