/**
 * The turn's deadline as a countdown: running, stopped while the class is paused, or run out. A team
 * sees it only for the turn it was set for (trainer play-test: it ran on while paused and carried into
 * the next turn).
 */
import type { Board, BoardRow } from './live-connection';

/** How long "time is up" stays on screen after a deadline ran out (a team joining later is not told its time is up). */
export const TIME_UP_SHOWN_MS = 120_000;

export interface Countdown {
  seconds: number;
  /** the class is paused: the clock stands */
  stopped: boolean;
}

/** The class's countdown now, or null when there is none (or "time is up" has been shown long enough). */
export function countdown(board: Board, now: number): Countdown | null {
  if (board.deadlineLeftMs) return { seconds: Math.ceil(board.deadlineLeftMs / 1000), stopped: true };
  if (!board.deadlineAt || now >= board.deadlineAt + TIME_UP_SHOWN_MS) return null;
  return { seconds: Math.max(0, Math.ceil((board.deadlineAt - now) / 1000)), stopped: false };
}

/** A team's countdown: the class's, while the team is still at the turn it was set for. */
export function teamCountdown(board: Board, row: BoardRow | undefined, turn: number, now: number): Countdown | null {
  return row && row.deadlineTurn === turn ? countdown(board, now) : null;
}

/** A team's countdown: whose deadline it is, and at zero what to do (trainer play-test: "1:58 left for this turn" read as a game clock, and zero said nothing). */
export function teamCountdownText(c: Countdown): string {
  return c.seconds ? `${countdownText(c, "for this turn: your trainer's deadline")}` : "time is up: your trainer's deadline has passed, end your turn now";
}

/** "4:05 left for this turn", "4:05 left (stopped while the class is paused)", "time is up"; `of` names what the time is for. */
export function countdownText(c: Countdown, of = ''): string {
  const tail = of ? ` ${of}` : '';
  if (!c.seconds) return `time is up${tail}`;
  const left = `${Math.floor(c.seconds / 60)}:${String(c.seconds % 60).padStart(2, '0')} left${tail}`;
  return c.stopped ? `${left} (stopped while the class is paused)` : left;
}

/** The teams still at the turn the deadline was set for: those it counts for, and once it has run out, those late. */
export function teamsOnDeadline(board: Board): BoardRow[] {
  return board.teams.filter((t) => t.deadlineTurn >= 0 && t.deadlineTurn === t.turn && !t.finished);
}

/**
 * The desk's line for the deadline: whose turn it counts and, once run out, who is late (trainer play-test:
 * nothing said who was late, nor whose turn one countdown was for when teams were at different turns).
 */
export function deskCountdownText(board: Board, c: Countdown): string {
  const teams = teamsOnDeadline(board).map((t) => t.name);
  // Once no team is at its turn, the desk cannot tell who ended it before the time ran out and who after.
  if (!teams.length) return c.seconds ? 'every team has ended the turn the deadline was for' : 'time is up; no team is still at that turn';
  const names = fewTeams(teams);
  return c.seconds ? countdownText(c, `for ${names}`) : `time is up: ${names} ${teams.length === 1 ? 'has' : 'have'} not ended the turn`;
}

/** Whether a team is late: the deadline for its turn has run out and it has not ended that turn. */
export function isLate(board: Board, row: BoardRow, now: number): boolean {
  const c = countdown(board, now);
  return c !== null && c.seconds === 0 && !row.finished && row.deadlineTurn >= 0 && row.deadlineTurn === row.turn;
}

/** Teams' names for one of the desk's lines: four at most, then "and N more" ("Blue, Gold, Red, Teal and 2 more"). */
export function fewTeams(names: readonly string[]): string {
  return names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
}
