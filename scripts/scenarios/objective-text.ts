/**
 * Objective texts worded from the objective's own numbers, so that retuning a
 * target or a fail mark cannot leave its text quoting the old one.
 */
import type { ScenarioFile } from '../../src/scenario/schema';
import { fmt } from '../../src/share/text/numbers';

type Objective = ScenarioFile['objectives'][number];

/** An objective's numbers as its text quotes them, and the scenario's last month. */
export interface Quoted {
  target: string;
  failAt: string;
  end: string;
}

/** An objective as a spec writes it: the text is a function of the numbers it quotes. */
export interface ObjectiveSpec extends Omit<Objective, 'text'> {
  text: (n: Quoted) => string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-06" → "June 2024" */
const monthName = (month: string) => `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;

/** A fixed-point value with its trailing zeros dropped: (28_000, 10_000) → "2.8", (20_000, 10_000) → "2". */
function decimal(value: number, scale: number): string {
  const fraction = String(value % scale)
    .padStart(String(scale).length - 1, '0')
    .replace(/0+$/, '');
  return fraction ? `${fmt(Math.floor(value / scale))}.${fraction}` : fmt(Math.floor(value / scale));
}

/** One target or fail mark as a player reads it, in the unit its kind is scored in (src/sim/score.ts). */
function quote(kind: Objective['kind'], value: number | string): string {
  if (typeof value === 'string') return monthName(value); // outproduceRussia: the month Russia is out-produced
  switch (kind) {
    case 'avgFireRatioMax':
      return `${decimal(value, 10_000)}:1`; // Russian to Ukrainian fire, bp
    case 'cohesionMin':
      return `${decimal(value, 100)} %`; // bp
    case 'noDebt':
      return value >= 1000 ? `€${decimal(value, 1000)} bn` : `€${fmt(value)} m`; // whole € millions owed
    default:
      return fmt(value); // km², allies below their floors, requests met: the text names the unit
  }
}

/** The objective a scenario file holds: its text worded from its target, fail mark and the scenario's end. */
export function objective(o: ObjectiveSpec, end: string): Objective {
  const text = o.text({ target: quote(o.kind, o.target), failAt: quote(o.kind, o.failAt), end: monthName(end) });
  return { id: o.id, kind: o.kind, target: o.target, failAt: o.failAt, weight: o.weight, text };
}
