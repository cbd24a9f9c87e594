/**
 * The live desk says which turn of the class each team is on, how long it has been deciding it, and whose games
 * each of the class file's scheduled injects has reached (trainer play-test: the desk showed only each team's month,
 * and not the file's injects at all).
 */
import { describe, expect, it } from 'vitest';
import { parseMonth } from '../../src/sim';
import { fileTurns } from '../../src/ui/common/turn-text';
import { decidingText, injectReach, teamTurnText } from '../../src/ui/live/desk-plan';
import type { BoardRow } from '../../src/ui/live/live-connection';
import { boardRow } from './board-row';

// The lesson scenario's turns: Feb 2023 to Dec 2024 in four decisions of six months.
const lesson = fileTurns({ start: '2023-02', end: '2024-12', monthsPerTurn: 6 });
const monthly = fileTurns({ start: '2022-11', end: '2023-08' });
const m = (text: string) => parseMonth(text)!;

const row = (name: string, turn: number, finished = false): BoardRow => boardRow(name, { turn, finished, score: 50 });

describe("a team's turn on the desk", () => {
  it('names the turn of the class and its months, not only a month', () => {
    expect(teamTurnText(lesson, row('A', 0))).toBe('Feb 2023 – Jul 2023 · turn 1 of 4');
    expect(teamTurnText(lesson, row('A', 6))).toBe('Aug 2023 – Jan 2024 · turn 2 of 4');
    expect(teamTurnText(lesson, row('A', 18))).toBe('Aug 2024 – Dec 2024 · turn 4 of 4');
    expect(teamTurnText(monthly, row('A', 3))).toBe('Feb 2023 · month 4 of 10');
  });

  it('says a finished team has played every turn', () => {
    expect(teamTurnText(lesson, row('A', 23, true))).toBe('all 4 turns played');
  });

  it('says how long the team has been deciding its turn', () => {
    const since = 1_700_000_000_000;
    expect(decidingText({ turnSince: since }, since + 30_000)).toBe('deciding for 0 min');
    expect(decidingText({ turnSince: since }, since + 4 * 60_000 + 59_000)).toBe('deciding for 4 min');
    expect(decidingText({ turnSince: 0 }, since)).toBe('deciding');
  });
});

describe("a scheduled inject's reach", () => {
  const teams = [row('Ahead', 12), row('Middle', 6), row('Behind', 0), row('Done', 23, true)];

  it('is in the news of the teams at its month or later, and comes for a team whose turn plays up to it', () => {
    // Aug 2023: Middle's game opens there; Behind's first turn plays Feb–Jul, and Aug's news come as July ends.
    expect(injectReach(lesson, m('2023-08'), teams)).toEqual({ reached: ['Ahead', 'Middle', 'Done'], thisTurn: ['Behind'], later: [] });
  });

  it('is later for a team whose turn under way ends before it', () => {
    expect(injectReach(lesson, m('2024-03'), teams)).toEqual({ reached: ['Done'], thisTurn: ['Ahead'], later: ['Middle', 'Behind'] });
  });

  it("is in every game at the class's first month", () => {
    expect(injectReach(lesson, m('2023-02'), teams).reached).toHaveLength(4);
  });
});
