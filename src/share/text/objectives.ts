/**
 * Objectives in English: a short name for each kind, a value and a target in
 * the objective's own unit (km², a ratio, allies, a share, a month, euros,
 * requests), and the warning shown during play for an objective about to be
 * lost (src/share/objective-warnings.ts).
 */
import type { ObjectiveKind } from '../../sim/content';
import { monthLabel } from '../../sim/month';
import type { ObjectiveWarning } from '../objective-warnings';
import type { Names } from './messages';
import { count, fmt, fmtBp, fmtEur, fmtRatio, fmtRatioBeside } from './numbers';

export const OBJECTIVE_NAMES: Record<ObjectiveKind, string> = {
  territoryLostMax: 'Ground',
  avgFireRatioMax: 'Fire ratio',
  readinessKept: 'Readiness',
  cohesionMin: 'Cohesion',
  outproduceRussia: 'Out-producing Russia',
  noDebt: 'Paying firms',
  requestsMet: 'Ukraine’s requests',
};

/** An objective's figure in its unit: "410 km²", "2.7:1", "1 ally below", "64.5 %", "Jun 2024", "€300 m", "2 met". */
export function objectiveFigure(kind: ObjectiveKind, value: number, failAt: number): string {
  switch (kind) {
    case 'territoryLostMax':
      return `${fmt(value)} km²`;
    case 'avgFireRatioMax':
      return fmtRatio(value);
    case 'readinessKept':
      return `${count(value, 'ally', 'allies')} below`;
    case 'cohesionMin':
      return fmtBp(value);
    case 'outproduceRussia':
      // The score counts "never" as one month past the fail mark; the figure is shown once the game is over (verdict, review).
      return value > failAt ? 'never' : monthLabel(value);
    case 'noDebt':
      return value ? fmtEur(value * 1_000_000) : '€0';
    case 'requestsMet':
      return `${fmt(value)} met`;
  }
}

/** The target as a bound: "≤ 150 km²", "≤ 2.3:1", "none below", "≥ 70.0 %", "by Jun 2024", "no debt", "3 met". */
export function objectiveTarget(kind: ObjectiveKind, target: number): string {
  switch (kind) {
    case 'territoryLostMax':
      return `≤ ${fmt(target)} km²`;
    case 'avgFireRatioMax':
      return `≤ ${fmtRatio(target)}`;
    case 'readinessKept':
      return target ? `≤ ${count(target, 'ally', 'allies')} below` : 'none below';
    case 'cohesionMin':
      return `≥ ${fmtBp(target)}`;
    case 'outproduceRussia':
      return `by ${monthLabel(target)}`;
    case 'noDebt':
      return target ? `≤ ${fmtEur(target * 1_000_000)}` : 'no debt';
    case 'requestsMet':
      return `${fmt(target)} met`;
  }
}

/** "Poland, Germany and France" */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** At most `shown` names, then "and N more": "United States, Germany, Poland and 8 more". */
export function someOf(items: readonly string[], shown = 3): string {
  return items.length > shown ? `${items.slice(0, shown).join(', ')} and ${fmt(items.length - shown)} more` : andList(items);
}

const points = (n: number) => `−${count(n, 'point')}`;

/** "Poland is below its readiness floor: −2 points if it stays so at the end." */
export function warningText(w: ObjectiveWarning, n: Names): string {
  switch (w.kind) {
    case 'readiness': {
      const names = andList(w.nations.map(n.nation));
      return w.nations.length === 1
        ? `${names} is below its readiness floor: ${points(w.points)} if it stays so at the end.`
        : `${names} are below their readiness floors: ${points(w.points)} if they stay so at the end.`;
    }
    case 'cohesion':
      return `Alliance cohesion is ${fmtBp(w.value)}, under the ${fmtBp(w.target)} target: ${points(w.points)} if it stays so at the end.`;
    case 'debt':
      return `The allies owe firms ${fmtEur(w.value * 1_000_000)}: ${points(w.points)} if the debt stays at the end.`;
    case 'ground':
      return `Russia has gained ${fmt(w.value)} km², more than the ${fmt(w.target)} km² target: ${points(w.points)} unless Ukraine wins ground back.`;
    case 'fireRatio':
      return `The average fire ratio is ${fmtRatioBeside(w.value, w.target)}, worse than the ${fmtRatio(w.target)} target: ${points(w.points)} if it stays so.`;
    case 'outproduce':
      return `NATO has not out-produced Russia's new lines by ${monthLabel(w.target)}: ${points(w.points)} now, more each month it does not.`;
    case 'request':
      // A request counts only what arrives after it is made (UkrainianRequest.received): said, or "45,000 have arrived"
      // read as wrong beside "Ukraine received 384,000 shells" over the same turn (play-test).
      return `Ukraine asked for ${fmt(w.target)} ${n.product(w.product, w.target)} by ${monthLabel(w.byMonth)}; ${fmt(w.value)} have arrived since it asked: ${points(w.points)} ${
        w.gameEnds === undefined ? 'if it is missed' : `unless it is met before the game ends (${monthLabel(w.gameEnds)})`
      }.`;
  }
}
