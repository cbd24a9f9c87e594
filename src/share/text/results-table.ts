/**
 * The class table's cells in English, the same on the dashboard and in
 * `sim results`: a group's columns, a team's row, and the whole table as
 * plain text for the terminal.
 */
import { OBJECTIVE_NAMES } from './objectives';
import { fmt, fmtEur, fmtRatio } from './numbers';
import { copyNote, playsText, refusalLabel, refusalText } from './results';
import { placeOf, type RankedTeam, type Refused, type ResultsGroup } from '../results/groups';
import { monthLabel } from '../../sim/month';
import { TRAINER, type Order } from '../../sim/types';

/** Teams of one war played different nations: the table then says who played what (otherwise the class file does). */
export const showsPlays = (g: ResultsGroup): boolean => new Set(g.teams.map((t) => playsText(t.result))).size > 1;

/**
 * A group's columns: rank, team, what it played (when teams played different nations), score, grade, each objective's marks
 * (of its weight), the war's figures, the copy flag.
 */
export function tableColumns(g: ResultsGroup): string[] {
  return [
    '#',
    'Team',
    ...(showsPlays(g) ? ['Plays'] : []),
    'Score',
    'Grade',
    ...g.objectives.map((o) => `${OBJECTIVE_NAMES[o.kind]} (of ${o.weight})`),
    'Russian gains',
    'Avg fire ratio',
    'Money spent',
    'Note',
  ];
}

export function teamCells(t: RankedTeam, rank: number, g: ResultsGroup): string[] {
  const r = t.result;
  return [
    String(rank),
    r.team,
    ...(showsPlays(g) ? [playsText(r)] : []),
    `${r.score}/100`,
    r.grade,
    ...r.objectives.map((o) => fmt(o.points)),
    `${fmt(r.russianGainKm2)} km²`,
    fmtRatio(r.avgFireRatioBp),
    fmtEur(r.spentEur),
    [copyNote(t.copy), trainerNote(t)].filter(Boolean).join('; '),
  ];
}

/**
 * What the trainer did live to a team's game, which bears on comparing it: "trainer live: 1 inject (Feb 2023), 1 lock (Mar 2023)".
 * The month each came in is said, as a live inject reaches each team at the month its game has reached (trainer play-test:
 * one team had Iran's shells in Feb 2023, the other, a turn ahead, in Aug 2023, and the table did not tell them apart).
 * The class file's own locks and injects are every team's alike, so they are not counted ("live" says so:
 * trainer play-test, "1 lock" read as an undercount of a class with two file locks besides). A pause and a
 * resume change no figure and nothing a team sees, so they are left out (trainer play-test: pauses alone
 * flagged "⚑ 4 trainer's controls" and widened the table). A class run without a facilitator has none.
 */
export function trainerNote(t: RankedTeam): string {
  const { turns, months } = t.result;
  const counted = (word: string, is: (o: Order) => boolean) => {
    const at = turns.flatMap((turn, i) => turn.orders.filter((o) => o.actor === TRAINER && is(o)).map(() => i));
    if (!at.length) return '';
    const labels = [...new Set(at)].flatMap((i) => (months?.[i] ? [monthLabel(months[i]!.month)] : []));
    return `${plural(at.length, word)}${labels.length ? ` (${labels.join(', ')})` : ''}`;
  };
  const parts = [
    counted('inject', (o) => o.kind === 'inject'),
    counted('lock', (o) => o.kind === 'lockLever'),
    counted('reveal', (o) => o.kind === 'facilitate' && o.action !== 'pause' && o.action !== 'resume'),
  ].filter(Boolean);
  return parts.length ? `trainer live: ${parts.join(', ')}` : '';
}

const plural = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`);

/** "The race of logistics (Feb 2023 – Dec 2024), seed RACE-2023-X: 4 teams" */
export function groupTitle(g: ResultsGroup): string {
  return `${g.scenarioTitle}, seed ${g.seed}: ${g.teams.length} ${g.teams.length === 1 ? 'team' : 'teams'}`;
}

/** A refused submission's cells: where it came from, the team if known, the kind and the reason. */
export function refusedCells(r: Refused): string[] {
  return [r.source, r.team ?? '—', refusalLabel(r.refusal), refusalText(r.refusal)];
}

export const REFUSED_COLUMNS = ['From', 'Team', 'Refused as', 'Why'];

/** Columns padded to their widest cell; the last column runs free. */
function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The table for a terminal: each war's teams under its title, then the refused submissions. */
export function resultsTableText(groups: readonly ResultsGroup[], refused: readonly Refused[]): string {
  const parts = groups.map((g) =>
    [groupTitle(g), ...aligned([tableColumns(g), ...g.teams.map((t, i) => teamCells(t, placeOf(g, i), g))]).map((l) => `  ${l}`)].join('\n'),
  );
  if (refused.length) parts.push([`Refused: ${refused.length}`, ...aligned([REFUSED_COLUMNS, ...refused.map(refusedCells)]).map((l) => `  ${l}`)].join('\n'));
  if (!parts.length) parts.push('No result codes or replays were found.');
  return parts.join('\n\n');
}
