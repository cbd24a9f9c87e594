/**
 * The class results as one sheet, for the CSV and the XLSX export alike: one
 * row per team and month (the month on every row, so a spreadsheet filters
 * and pivots by it), one row of totals per team (its month cell says
 * "total"), then one row per refused submission with its reason.
 */
import { formatMonth } from '../../sim/month';
import { marksColumn, refusedNote, copyNote, playsText, SHEET_COLUMNS as C, TOTAL_MONTH, unnamedTeam } from '../text/results';
import type { ResultsGroup, Refused } from './groups';
import type { ObjectiveKind } from '../../sim/content';

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

export interface Sheet {
  columns: { title: string; kind: 'text' | 'number' }[];
  rows: Cell[][];
}

/** A fire ratio as a spreadsheet number: 3.25 for 3.25:1. */
const ratio = (bp: number) => Math.round(bp / 100) / 100;

/** The objectives of every group, by id, in the order first met: a column each. */
function objectiveColumns(groups: readonly ResultsGroup[]): { id: string; kind: ObjectiveKind }[] {
  const seen = new Map<string, ObjectiveKind>();
  for (const g of groups) for (const o of g.objectives) if (!seen.has(o.id)) seen.set(o.id, o.kind);
  return [...seen].map(([id, kind]) => ({ id, kind }));
}

export function resultsSheet(groups: readonly ResultsGroup[], refused: readonly Refused[]): Sheet {
  const objectives = objectiveColumns(groups);
  const text = (title: string) => ({ title, kind: 'text' as const });
  const num = (title: string) => ({ title, kind: 'number' as const });
  const columns = [
    text(C.scenario),
    text(C.seed),
    text(C.team),
    text(C.plays),
    text(C.month),
    num(C.score),
    text(C.grade),
    text(C.outcome),
    ...objectives.map((o) => num(marksColumn(o.kind))),
    num(C.russianGain),
    num(C.fireRatio),
    num(C.spent),
    num(C.natoShells),
    num(C.ukraineStock),
    text(C.note),
  ];
  const blankMarks = objectives.map(() => null);
  const rows: Cell[][] = [];
  for (const g of groups)
    for (const { result: t, copy } of g.teams) {
      const who = [g.scenarioId, g.seed, t.team, playsText(t)];
      for (const m of t.months)
        rows.push([
          ...who,
          formatMonth(m.month),
          null,
          null,
          null,
          ...blankMarks,
          m.russianGainKm2,
          ratio(m.fireRatioBp),
          m.spentEur,
          m.natoArtillery,
          m.ukraineArtillery,
          null,
        ]);
      const marks = objectives.map((o) => t.objectives.find((x) => x.id === o.id)?.points ?? null);
      const last = t.months.at(-1);
      const made = t.months.reduce((sum, m) => sum + m.natoArtillery, 0);
      rows.push([
        ...who,
        TOTAL_MONTH,
        t.score,
        t.grade,
        t.outcome,
        ...marks,
        t.russianGainKm2,
        ratio(t.avgFireRatioBp),
        t.spentEur,
        made,
        last?.ukraineArtillery ?? null,
        copyNote(copy) || null,
      ]);
    }
  for (const r of refused)
    rows.push([
      r.scenarioId ?? null,
      r.seed ?? null,
      r.team ?? unnamedTeam(r.source),
      null,
      null,
      null,
      null,
      null,
      ...blankMarks,
      null,
      null,
      null,
      null,
      null,
      refusedNote(r.refusal),
    ]);
  return { columns, rows };
}
