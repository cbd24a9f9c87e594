/**
 * The trainer's desk says whose turn the deadline counts and, once it has run out, who is late (trainer
 * play-test: nothing happened at the deadline, and one countdown did not say whose turn it was for).
 */
import { describe, expect, it } from 'vitest';
import type { Board, BoardRow } from '../../src/ui/live/live-connection';
import { countdown, deskCountdownText, isLate, teamCountdownText } from '../../src/ui/live/deadline';
import { boardRow } from './board-row';

const row = (name: string, turn: number, deadlineTurn: number, finished = false): BoardRow => boardRow(name, { turn, deadlineTurn, finished });

const board = (teams: BoardRow[], deadlineAt: number): Board => ({
  code: 'ABC-DEF-G',
  title: 'Class',
  paused: false,
  deadlineAt,
  deadlineLeftMs: 0,
  russiaHidden: false,
  scoresHidden: false,
  lockedLevers: '',
  teams,
});

describe("the desk's deadline", () => {
  it('names the teams still on the turn it counts', () => {
    const b = board([row('Blue', 3, 2), row('Gold', 2, 2), row('Red', 2, 2)], 90_000);
    expect(deskCountdownText(b, countdown(b, 0)!)).toBe('1:30 left for Gold, Red');
    expect(isLate(b, b.teams[1]!, 0)).toBe(false);
  });

  it('says who is late once it has run out, and marks only them', () => {
    const b = board([row('Blue', 3, 2), row('Gold', 2, 2), row('Done', 2, 2, true)], 90_000);
    expect(deskCountdownText(b, countdown(b, 100_000)!)).toBe('time is up: Gold has not ended the turn');
    expect(b.teams.map((t) => isLate(b, t, 100_000))).toEqual([false, true, false]);
  });

  it('says so when every team has ended the turn it was for, and claims nothing it cannot know once time is up', () => {
    const b = board([row('Blue', 3, 2)], 90_000);
    expect(deskCountdownText(b, countdown(b, 0)!)).toBe('every team has ended the turn the deadline was for');
    expect(deskCountdownText(b, countdown(b, 100_000)!)).toBe('time is up; no team is still at that turn');
  });
});

describe("a team's countdown", () => {
  it('says whose deadline it is, and at zero to end the turn (trainer play-test: it read as a game clock, and zero said nothing)', () => {
    expect(teamCountdownText({ seconds: 118, stopped: false })).toBe("1:58 left for this turn: your trainer's deadline");
    expect(teamCountdownText({ seconds: 118, stopped: true })).toBe("1:58 left for this turn: your trainer's deadline (stopped while the class is paused)");
    expect(teamCountdownText({ seconds: 0, stopped: false })).toBe("time is up: your trainer's deadline has passed, end your turn now");
  });
});
