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

/** "4:05 left for this turn", "4:05 left (stopped while the class is paused)", "time is up"; `of` names what the time is for. */
export function countdownText(c: Countdown, of = ''): string {
  const tail = of ? ` ${of}` : '';
  if (!c.seconds) return `time is up${tail}`;
  const left = `${Math.floor(c.seconds / 60)}:${String(c.seconds % 60).padStart(2, '0')} left${tail}`;
  return c.stopped ? `${left} (stopped while the class is paused)` : left;
}
