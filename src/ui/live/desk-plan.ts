/**
 * What the class file planned, as the live desk shows it beside the teams' rows: its locks in words, its turns
 * (a row says "turn 2 of 4", not only a month) and its scheduled injects with whose games each has reached
 * (trainer play-test: the desk listed the file's locks, not its injects, and showed each team's month but not
 * which turn of four it was on, nor who was still deciding).
 */
import { readClassValue, shelfFrom } from '../../share/class-file';
import { classLockText } from '../../share/text/messages';
import { parseMonth, turnEndMonth } from '../../sim';
import { fileTurns, turnCount, turnPosition, turnWord } from '../common/turn-text';
import { shippedScenarios } from '../menu/catalogue';
import type { SessionState } from '../store';
import type { BoardRow } from './live-connection';

type Turns = ReturnType<typeof fileTurns>;

export interface DeskPlan {
  /** the class file's own locks, in words */
  locks: string[];
  turns: Turns;
  /** the class file's injects, in the order it gives them */
  injects: { title: string; month: number }[];
}

/** The plan of the class the desk runs, or null when this browser cannot read its class file. */
export function deskPlanOf(classFile: unknown, s: SessionState): DeskPlan | null {
  const read = readClassValue(classFile, shelfFrom(shippedScenarios(s)));
  if (!read.ok) return null;
  const { file, scenario } = read.session;
  const nation = (id: string) => scenario.nations.find((n) => n.id === id)?.name ?? id;
  const title = (id: string) => scenario.events.find((e) => e.id === id)?.title ?? id;
  return {
    locks: file.locks.map((l) => classLockText(l, nation)),
    turns: fileTurns(scenario),
    injects: file.injects.map((x) => ({ title: x.custom?.title ?? title(x.event!), month: parseMonth(x.month) ?? 0 })),
  };
}

/** The month a team's game is at: the month its turn under way opens (a board row's `turn` counts the months played). */
const monthOf = (turns: Turns, row: Pick<BoardRow, 'turn'>) => turns.startMonth + row.turn;

/** "Feb – Jul 2023 · turn 2 of 4", or "all 4 turns played" once the team has finished. */
export function teamTurnText(turns: Turns, row: Pick<BoardRow, 'turn' | 'finished'>): string {
  if (row.finished) return `all ${turnCount(turns)} ${turnWord(turns)}s played`;
  return turnPosition(turns, monthOf(turns, row));
}

/** "deciding for 4 min": how long the team's turn under way has been open. */
export function decidingText(row: Pick<BoardRow, 'turnSince'>, now: number): string {
  const minutes = Math.max(0, Math.floor((now - row.turnSince) / 60_000));
  return row.turnSince ? `deciding for ${minutes} min` : 'deciding';
}

/**
 * Whose games a scheduled inject has reached: a team whose game is at its month or later has it in its news; one
 * whose turn under way plays out up to the month gets it when it ends that turn (a month's events come as the month
 * before it ends: sim/resolve-turn.ts, so the month after the turn's last counts too); the others later.
 */
export function injectReach(turns: Turns, month: number, rows: readonly BoardRow[]): { reached: string[]; thisTurn: string[]; later: string[] } {
  const out = { reached: [] as string[], thisTurn: [] as string[], later: [] as string[] };
  for (const row of rows) {
    const at = monthOf(turns, row);
    if (row.finished || at >= month) out.reached.push(row.name);
    else if (month <= turnEndMonth(turns, at) + 1) out.thisTurn.push(row.name);
    else out.later.push(row.name);
  }
  return out;
}
