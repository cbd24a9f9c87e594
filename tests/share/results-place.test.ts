/**
 * Teams on the same score share their place in the class's table, and a war whose teams all scored the same has no
 * best or worst team (trainer play-test: three teams on 25/100 were ranked 1, 2, 3, with a "best" and a "worst").
 */
import { describe, expect, it } from 'vitest';
import { allTied, placeOf, type ResultsGroup } from '../../src/share/results/groups';

const war = (...scores: number[]) => ({ teams: scores.map((score) => ({ result: { score } })) }) as unknown as ResultsGroup;

describe("a team's place in its war", () => {
  it('is shared by teams on the same score, and the next team comes after all of them', () => {
    const g = war(60, 25, 25, 25, 10);
    expect(g.teams.map((_, i) => placeOf(g, i))).toEqual([1, 2, 2, 2, 5]);
  });

  it('is first for every team when all scored the same, and then no team is best or worst', () => {
    const g = war(25, 25, 25);
    expect(g.teams.map((_, i) => placeOf(g, i))).toEqual([1, 1, 1]);
    expect(allTied(g)).toBe(true);
    expect(allTied(war(26, 25))).toBe(false);
  });
});
