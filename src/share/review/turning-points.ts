/**
 * The months a game turned on, each with its why-chain from the month's own
 * report: the month Russia gained most ground (the sector that moved most,
 * and the factors that moved it, largest first), the month Ukraine's shell
 * stock fell most (what it fired, and what arrived), and the month the
 * score moved most (the objectives behind it).
 */
import type { ScenarioContent } from '../../sim/content';
import { scoreGame } from '../../sim/metrics';
import { ukraineArtillery } from '../../sim/resolve/front';
import type { ReportEntry, TurnReport } from '../../sim/report';
import { objectivePoints } from '../objective-points';
import { formatMessage, namesFor } from '../text/messages';
import { OBJECTIVE_NAMES } from '../text/objectives';
import type { ReplayedMonths } from './replay-reports';

/** Causes named in a why-chain: the largest few say why; the rest are small by construction. */
const CAUSES_SHOWN = 3;

export interface TurningPoint {
  kind: 'front' | 'stock' | 'score';
  month: number;
  /** the change: km² Russia gained, rounds Ukraine's stock moved, points the score moved */
  change: number;
  /** the entry that moved, in words (a sector, the stock), or '' for the score */
  what: string;
  /** its largest causes, each in words with its part of the change */
  causes: { text: string; part: number }[];
}

export function turningPoints(content: ScenarioContent, months: ReplayedMonths): TurningPoint[] {
  return [frontPoint(content, months), stockPoint(content, months), scorePoint(content, months)].filter((x): x is TurningPoint => x !== null);
}

/** An entry's weighed causes, largest first (by size, whichever way they pulled). */
function whyOf(report: TurnReport, entry: ReportEntry, content: ScenarioContent, months: ReplayedMonths): TurningPoint['causes'] {
  const names = namesFor(content, months.states[report.turn + 1] ?? months.states.at(-1));
  const byId = new Map(report.entries.map((e) => [e.id, e]));
  // Weighed causes are ranked by size; causes the report does not weigh keep its order.
  const weighed = entry.weights?.length === entry.causes.length;
  return entry.causes
    .map((id, i) => ({ cause: byId.get(id), part: entry.weights?.[i] ?? 0 }))
    .filter((x): x is { cause: ReportEntry; part: number } => x.cause !== undefined && (!weighed || x.part !== 0))
    .sort((a, b) => Math.abs(b.part) - Math.abs(a.part))
    .slice(0, CAUSES_SHOWN)
    .map((x) => ({ text: formatMessage(x.cause.message, names), part: x.part }));
}

const largest = <T>(items: readonly T[], size: (x: T) => number): T | undefined =>
  items.reduce<T | undefined>((best, x) => (best === undefined || size(x) > size(best) ? x : best), undefined);

function frontPoint(content: ScenarioContent, months: ReplayedMonths): TurningPoint | null {
  const report = largest(months.reports, (r) => r.summary.russianGainKm2);
  if (!report || report.summary.russianGainKm2 <= 0) return null;
  const sector = largest(
    report.entries.filter((e) => e.kind === 'front' && e.message.id === 'front.sector'),
    (e) => e.delta,
  );
  const names = namesFor(content);
  return {
    kind: 'front',
    month: report.month,
    change: report.summary.russianGainKm2,
    what: sector ? names.sector(sector.subject) : '',
    causes: sector ? whyOf(report, sector, content, months) : [],
  };
}

function stockPoint(content: ScenarioContent, months: ReplayedMonths): TurningPoint | null {
  const opening = ukraineArtillery({ content, state: months.states[0]! });
  const moved = (r: TurnReport) => r.summary.ukraineArtillery - (months.reports[r.turn - 1]?.summary.ukraineArtillery ?? opening);
  // The deepest fall is the lesson (a shortage coming); a stock that only ever rose shows its largest rise.
  const fell = months.reports.some((r) => moved(r) < 0);
  const report = largest(months.reports, (r) => (fell ? -moved(r) : moved(r)));
  if (!report) return null;
  const entry = report.entries.find((e) => e.id === 'stock:ukraine');
  if (!entry) return { kind: 'stock', month: report.month, change: moved(report), what: '', causes: [] };
  // The entry's causes are the arrivals only; what it fired is in its own sentence, first (student play-test: a fall "explained" by deliveries).
  const own = { text: formatMessage(entry.message, namesFor(content)), part: entry.delta };
  return { kind: 'stock', month: report.month, change: moved(report), what: '', causes: [own, ...whyOf(report, entry, content, months)] };
}

/** The month after which the score, counted as if the game ended there, moved most; the objectives that moved it. */
function scorePoint(content: ScenarioContent, months: ReplayedMonths): TurningPoint | null {
  const scores = months.states.map((s) => scoreGame(content, s));
  const steps = months.reports.map((r, i) => ({ report: r, before: scores[i]!, after: scores[i + 1]! }));
  const step = largest(steps, (x) => Math.abs(x.after.score - x.before.score));
  if (!step || step.after.score === step.before.score) return null;
  const [after, before] = [objectivePoints(step.after.objectives), objectivePoints(step.before.objectives)];
  const causes = step.after.objectives
    .map((_, i) => ({ kind: content.objectives[i]!.kind, part: after[i]! - before[i]! }))
    .filter((x) => x.part !== 0)
    .sort((a, b) => Math.abs(b.part) - Math.abs(a.part))
    .slice(0, CAUSES_SHOWN)
    .map((x) => ({ text: OBJECTIVE_NAMES[x.kind], part: x.part }));
  return { kind: 'score', month: step.report.month, change: step.after.score - step.before.score, what: '', causes };
}

/** The turning points grouped by month, in order: the timeline puts one flag on a month, not one flag hiding another (hobbyist play-test). */
export function turningPointsByMonth(marks: readonly TurningPoint[]): { month: number; kinds: TurningPoint['kind'][] }[] {
  const out: { month: number; kinds: TurningPoint['kind'][] }[] = [];
  for (const m of marks) {
    const same = out.find((x) => x.month === m.month);
    if (same) same.kinds.push(m.kind);
    else out.push({ month: m.month, kinds: [m.kind] });
  }
  return out;
}
