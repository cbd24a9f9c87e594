/** How the screens name a turn: a month, or a quarter in a class scenario whose turns cover three months. */
import { monthLabel, parseMonth, turnEndMonth } from '../../sim';
import type { ScenarioContent } from '../../sim';

type TurnContent = Pick<ScenarioContent, 'startMonth' | 'endMonth' | 'monthsPerTurn'>;

/** "month", "quarter" for three months, else plainly "turn" (the class scenario's turns are six months: "End turn", "turn 2 of 4"). */
export function turnWord(c: Pick<TurnContent, 'monthsPerTurn'>): string {
  return c.monthsPerTurn === 3 ? 'quarter' : c.monthsPerTurn > 1 ? 'turn' : 'month';
}

/** "End month" or "End quarter". */
export function endTurnLabel(c: TurnContent): string {
  return `End ${turnWord(c)}`;
}

export function turnCount(c: TurnContent): number {
  const per = Math.max(1, c.monthsPerTurn);
  return Math.ceil((c.endMonth - c.startMonth + 1) / per);
}

/** "Feb 2023 · month 1 of 23", "Feb – Apr 2023 · quarter 1 of 8" or "Feb – Jul 2023 · turn 1 of 4". */
export function turnPosition(c: TurnContent, month: number): string {
  const per = Math.max(1, c.monthsPerTurn);
  const index = Math.floor((month - c.startMonth) / per);
  if (per === 1) return `${monthLabel(month)} · month ${index + 1} of ${turnCount(c)}`;
  const last = turnEndMonth(c, month);
  const span = last === month ? monthLabel(month) : `${monthLabel(month)} – ${monthLabel(last)}`;
  return `${span} · ${turnWord(c)} ${index + 1} of ${turnCount(c)}`;
}

/** "Feb 2023", or "Feb 2023 – Apr 2023" for the reports of a turn of several months. */
export function turnLabel(turn: readonly { month: number }[]): string {
  return turn.length > 1 ? `${monthLabel(turn[0]!.month)} – ${monthLabel(turn.at(-1)!.month)}` : monthLabel(turn[0]!.month);
}

/** A scenario file's turns, before it is built into content. */
export function fileTurns(sc: { start: string; end: string; monthsPerTurn?: number }): TurnContent {
  return { startMonth: parseMonth(sc.start) ?? 0, endMonth: parseMonth(sc.end) ?? 0, monthsPerTurn: sc.monthsPerTurn ?? 1 };
}

/** For the menu: "about 30 minutes · 4 turns · made for one lesson". */
export function durationText(sc: { minutes?: number; forClass?: boolean; start: string; end: string; monthsPerTurn?: number }): string {
  const c = fileTurns(sc);
  const parts = [
    sc.minutes ? `about ${sc.minutes} minutes` : '',
    `${turnCount(c)} ${turnWord(c)}${turnCount(c) === 1 ? '' : 's'}`,
    sc.forClass ? 'made for one lesson' : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
