/**
 * The class results in English: why a submission was refused, a short label
 * for the kind of refusal, what a copy is flagged with, the sheet's columns,
 * and where two teams parted. The same words on the dashboard, in the CSV and
 * in `sim results`.
 */
import type { ObjectiveKind } from '../../sim/content';
import { monthLabel } from '../../sim/month';
import { otherRulesMessage } from '../check-replay';
import type { MonthDiff } from '../debrief/month-diff';
import type { CopyFlag } from '../results/copies';
import type { Divergence } from '../results/divergence';
import type { Refusal, TeamResult } from '../results/verdict';
import { RESULT_PREFIX } from '../result-code-format';
import type { Names } from './messages';
import { describeMonthDiff } from './month-diff';
import { count, fmt } from './numbers';
import { andList, OBJECTIVE_NAMES } from './objectives';

/** A team whose code carries no name is named by where its code came from. */
export function unnamedTeam(source: string): string {
  return `unnamed (${source})`;
}

/** The kind of refusal in two or three words, for a table's column. */
export function refusalLabel(r: Refusal): string {
  switch (r.kind) {
    case 'tooLarge':
    case 'tooMany':
      return 'too large';
    case 'notACode':
    case 'unreadable':
      return 'unreadable';
    case 'otherRules':
      return 'another rules version';
    case 'missingScenario':
    case 'editedScenario':
      return 'scenario not here';
    case 'otherScenario':
      return "another class's scenario";
    case 'otherSeed':
      return "another class's seed";
    case 'tampered':
    case 'claimDiffers':
      return 'tampered';
    case 'doesNotHold':
      return 'does not hold';
  }
}

/** Why, in a sentence. */
export function refusalText(r: Refusal): string {
  switch (r.kind) {
    case 'tooLarge':
      return `too large (${fmt(r.chars)} characters; at most ${fmt(r.max)}): not read`;
    case 'tooMany':
      return `${fmt(r.count)} codes at once: only the first ${fmt(r.max)} are verified`;
    case 'notACode':
      return `not a result code (they start with ${RESULT_PREFIX}) nor a replay file: "${r.excerpt}"`;
    case 'unreadable':
      return `does not read as a result code or a replay: ${r.problems}`;
    case 'otherRules':
      return otherRulesMessage('game', r.madeWith);
    case 'missingScenario':
      // A class's own scenario comes only with its link or file (trainer play-test: codes pasted first were refused with no way on).
      return `played on "${r.scenarioId}", a class's game or a scenario not available here (a class's games verify once its class link or file is loaded)`;
    case 'editedScenario':
      return r.detail;
    case 'otherScenario':
      return `played on scenario "${r.scenarioId}", not the class's "${r.classScenarioId}"`;
    case 'otherSeed':
      return `played on seed ${r.seed}, not the class's ${r.classSeed}`;
    case 'tampered':
      return `tampered with: ${monthLabel(r.month)} is the first month whose re-simulated state differs from the one recorded`;
    case 'claimDiffers':
      return `tampered with: claims ${r.claimed}/100 (${r.claimedOutcome}) but the game re-simulates to ${r.score}/100 (${r.outcome})`;
    case 'doesNotHold':
      return `does not hold: ${r.detail}`;
  }
}

/** The columns of the results sheet (CSV and XLSX), in order; objectives' marks come after Outcome. */
export const SHEET_COLUMNS = {
  scenario: 'Scenario',
  seed: 'Seed',
  team: 'Team',
  plays: 'Plays',
  month: 'Month',
  score: 'Score',
  grade: 'Grade',
  outcome: 'Outcome',
  russianGain: 'Russian gains (km²)',
  fireRatio: 'Fire ratio (Russia : Ukraine)',
  spent: 'Money spent (€)',
  natoShells: 'NATO shells made',
  ukraineStock: "Ukraine's shell stock",
  note: 'Note',
} as const;

/** An objective's column: "Marks: Ground". */
export const marksColumn = (kind: ObjectiveKind) => `Marks: ${OBJECTIVE_NAMES[kind]}`;

/** The month cell of a team's row of totals. */
export const TOTAL_MONTH = 'total';

/** The note of a refused row: the kind, then why. */
export const refusedNote = (r: Refusal) => `refused (${refusalLabel(r)}): ${refusalText(r)}`;

/** A team's note: its copy flag, if any. */
export function copyNote(flag: CopyFlag | null): string {
  if (!flag) return '';
  if (flag.copiedWith.length) return `same orders as ${andList(flag.copiedWith)}: a copy?`;
  return 'the same game handed in more than once';
}

/**
 * The flag's gist by the team's name, which stays in sight while the table scrolls (trainer play-test: the Note column, the
 * table's last, was off-screen at 1366 px, so a tinted row did not say why).
 */
export function copyMark(flag: CopyFlag | null): string {
  if (!flag) return '';
  return flag.copiedWith.length ? 'a copy?' : 'handed in twice';
}

/** What a team played: its nations by name ("every nation" for a game with every nation at the device). */
export const playsText = (t: Pick<TeamResult, 'playedNames'>): string => t.playedNames?.join(', ') || 'every nation';

/**
 * Where the best and the worst team parted, in three sentences. Teams that played different nations get the headline only:
 * one team's orders against the computer's moves for the same nations in the other game read as credit or blame for moves
 * nobody chose (trainer play-test), so the headline sends the trainer to each team's review.
 */
export function divergedText(d: Extract<Divergence, { kind: 'diverged' }>, n: Names): { headline: string; best: string; worst: string } {
  const [b, w] = [d.best.result, d.worst.result];
  const did = (x: MonthDiff) => describeMonthDiff(x, n) || 'nothing that took effect which the other team did not do';
  const teams = `${b.team} (${b.score}/100) and ${w.team} (${w.score}/100)`;
  const parted = d.month === d.start ? `parted in the first month, ${monthLabel(d.month)}` : `played the same war until ${monthLabel(d.month)}`;
  if (d.nationsDiffer)
    return {
      headline: `${teams} played different nations (${b.team}: ${playsText(b)}; ${w.team}: ${playsText(w)}), so their orders do not compare month by month; each team's Review lists its own. Their own orders differ in ${count(d.monthsApart, 'month')}.`,
      best: '',
      worst: '',
    };
  return {
    headline: `${teams} ${parted}; their orders differ in ${count(d.monthsApart, 'month')}.`,
    best: `${b.team} in ${monthLabel(d.month)}: ${did(d.bestDid)}.`,
    worst: `${w.team} in ${monthLabel(d.month)}: ${did(d.worstDid)}.`,
  };
}
