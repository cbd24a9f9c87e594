/**
 * A scripted rate's changes within the coming turn, said after today's figure: " (300,000 from Jun 2023)".
 * A report of a turn of several months gives the turn's figures, so a rate read only for its first month
 * looked wrong beside it (play-test: "fires up to about 180,000 a month" on the Decisions tab, 220,000 a
 * month in the report of a turn whose fire rose to 300,000 in June).
 */
import { monthLabel } from '../../sim/month';
import { rateAt } from '../../sim';
import { fmt } from './numbers';

export function pathAheadText(path: Parameters<typeof rateAt>[0], month: number, months: number): string {
  const changes: string[] = [];
  for (let m = month + 1, was = rateAt(path, month); m < month + months; m++) {
    const now = rateAt(path, m);
    if (now !== was) changes.push(`${fmt(now)} from ${monthLabel(m)}`);
    was = now;
  }
  return changes.length ? ` (${changes.join(', ')})` : '';
}
