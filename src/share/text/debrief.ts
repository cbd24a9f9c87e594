/**
 * The debrief in English: what went well, what went wrong with its cause
 * chain, and what would have helped ("Your score 22 → 67 if …"). The
 * lessons and counterfactuals are data (src/share/debrief); this module only
 * words them, with names from the game.
 */
import { monthLabel } from '../../sim/month';
import type { ObjectiveKind, ScenarioContent } from '../../sim/content';
import type { Counterfactual } from '../debrief/counterfactual';
import type { Score } from '../../sim/score';
import { objectivePoints } from '../objective-points';
import type { HistoryRow } from '../debrief/against-history';
import type { WellLesson } from '../debrief/went-well';
import type { WrongLesson, ShortageLesson, ReadinessLesson, RequestsLesson } from '../debrief/went-wrong';
import type { Names } from './messages';
import { count, fmt, fmtBp, fmtEur, fmtRatio } from './numbers';
import { andList, OBJECTIVE_NAMES } from './objectives';
import { describeMonthDiff, unitsList } from './month-diff';

/** What the debrief's sentences need: names, the scenario, and whose orders "your" means. */
export interface DebriefWords {
  names: Names;
  content: ScenarioContent;
  humanNations: readonly string[];
  /** what the screens call a turn: "month", "quarter", or "turn" for longer turns */
  turn: string;
}

/** "the allies'" for a coordinator, "Poland's" for one nation. */
function whose(w: DebriefWords): string {
  const [only] = w.humanNations;
  return w.humanNations.length === 1 && only ? `${w.names.nation(only)}’s` : 'the allies’';
}

const HISTORY_FIGURES: Record<HistoryRow['metric'], [string, (x: number) => string]> = {
  territory: ['ground lost', (x) => `${fmt(x)} km²`],
  fireRatio: ['average fire ratio', fmtRatio],
  natoMade: ['shells the allies made', fmt],
  belowFloor: ['allies below their floors', fmt],
  cohesion: ['cohesion', fmtBp],
};

const historyRow = (r: HistoryRow) => {
  const [label, show] = HISTORY_FIGURES[r.metric];
  return `${label} ${show(r.mine)} against ${show(r.theirs)}`;
};

const behindRow = (r: HistoryRow) => {
  const [label, show] = HISTORY_FIGURES[r.metric];
  return `${label} (${show(r.theirs)} against your ${show(r.mine)})`;
};

function objectiveName(w: DebriefWords, id: string): string {
  const kind = w.content.objectives.find((o) => o.id === id)?.kind;
  return kind ? OBJECTIVE_NAMES[kind as ObjectiveKind] : id;
}

/** One sentence for each thing that went well. */
export function wellText(l: WellLesson, w: DebriefWords): string {
  switch (l.kind) {
    case 'fullMarks':
      return `Earned in full: ${andList(l.objectives.map((o) => `${objectiveName(w, o.id)} (${count(o.weight, 'point')})`))}.`;
    case 'beatHistory':
      return `Better than the allies’ own course on this seed: ${andList(l.rows.map(historyRow))}.`;
    case 'contracts':
      return l.delivered.length
        ? `Your ${count(l.count, 'contract')} delivered ${unitsList(l.delivered, w.names)} before the end.`
        : `You signed ${count(l.count, 'contract')}; none delivered before the end: new orders queue behind older ones and new lines take months to ramp.`;
    case 'drawdowns':
      return `You sent ${unitsList(l.sent, w.names)} from stocks, ${l.belowFloor.length ? `${unitsList(l.belowFloor, w.names)} of them below readiness floors` : 'none below a readiness floor'}.`;
  }
}

/**
 * Why Ukraine fired short: its stock ran out, or it held back a reserve (play-test: "ran short" beside
 * 346,968 rounds left read as a contradiction; Ukraine fires at most its ration of what it holds a month).
 */
const shortBecause = (left: number, w: DebriefWords) =>
  left > 0 ? `, rationing its stock to ${fmtBp(w.content.ukraine.rationBp)} a month` : ' and its stock ran out';

function shortageText(l: ShortageLesson, w: DebriefWords): string {
  const parts: string[] = [];
  if (l.first) {
    const spare = l.spare.reduce((sum, x) => sum + x.spare, 0);
    const top = l.spare.slice(0, 3).map((x) => `${w.names.nation(x.nation)} ${fmt(x.spare)}`);
    const stocks = spare
      ? `while ${whose(w)} stocks stayed ${unitsList(sumByProduct(l.spare), w.names)} above their readiness floors (${top.join(', ')}${l.spare.length > 3 ? ' …' : ''})`
      : `and ${whose(w)} stocks were already at their readiness floors: only deliveries could fill the gap`;
    parts.push(
      `Ukraine ran short in ${monthLabel(l.first.month)}: it fired ${fmt(l.first.fired)} of the ${fmt(l.first.demand)} rounds it needed${shortBecause(l.first.left, w)}, ${stocks}.`,
      `It went short in ${count(l.short.months, 'month')}, ${fmt(l.short.rounds)} rounds in all.`,
    );
  } else parts.push('Ukraine fired all it needed every month: Russia’s own fire set the ratio.');
  if (l.airMonths) parts.push(`Its air defence ran low in ${count(l.airMonths, 'month')}, so Russian aviation added to Russia’s fire.`);
  if (l.worst)
    parts.push(`Worst month: ${monthLabel(l.worst.month)}, Russia gained ${fmt(l.worst.gainKm2)} km² at a fire ratio of ${fmtRatio(l.worst.ratioBp)}.`);
  return parts.join(' ');
}

const sumByProduct = (xs: readonly { product: string; spare: number }[]) => {
  const totals = new Map<string, number>();
  for (const x of xs) totals.set(x.product, (totals.get(x.product) ?? 0) + x.spare);
  return [...totals].map(([product, units]) => ({ product, units }));
};

function readinessText(l: ReadinessLesson, w: DebriefWords): string {
  const nations = andList(l.below.map(w.names.nation));
  const ended = `${nations} ended below ${l.below.length === 1 ? 'its readiness floor' : 'their readiness floors'}.`;
  if (!l.breaches.length) return `${ended} None of your drawdowns took ${l.below.length === 1 ? 'it' : 'them'} there.`;
  const drawn = l.breaches.map((b) => `${w.names.nation(b.nation)} ${fmt(b.belowFloor)} ${w.names.product(b.product, b.belowFloor)} in ${monthLabel(b.month)}`);
  return `${ended} Drawn below the floor: ${andList(drawn)}.`;
}

function requestsText(l: RequestsLesson, w: DebriefWords): string {
  const said = (r: RequestsLesson['unmet'][number]) =>
    `${fmt(r.amount)} ${w.names.product(r.product, r.amount)} by ${monthLabel(r.byMonth)} (${fmt(r.received)} arrived)`;
  const missed = l.unmet.filter((r) => !r.open).map(said);
  const open = l.unmet.filter((r) => r.open).map(said);
  return [
    `${fmt(l.met)} of the ${fmt(l.target)} requests the objective asks for ${l.met === 1 ? 'was' : 'were'} met.`,
    ...(missed.length ? [`Missed: ${andList(missed)}.`] : []),
    ...(open.length ? [`Still open when the game ended: ${andList(open)}.`] : []),
    ...(l.unmet.length ? [] : ['Ukraine made no more requests in time.']),
  ].join(' ');
}

/** The cause chain behind a loss of points, as one paragraph. */
export function wrongText(l: WrongLesson, w: DebriefWords): string {
  switch (l.kind) {
    case 'shortage':
      return shortageText(l, w);
    case 'readiness':
      return readinessText(l, w);
    case 'requests':
      return requestsText(l, w);
    case 'cohesion':
      return `Cohesion ended at ${fmtBp(l.valueBp)}, under the ${fmtBp(l.targetBp)} target.${l.missedRequestsBp ? ` Missed requests cost ${fmtBp(l.missedRequestsBp)} of it.` : ''}`;
    case 'debt':
      return `At the end ${andList(l.debts.map((d) => `${w.names.nation(d.nation)} owed firms ${fmtEur(d.debtEur)}`))}: payments due on delivery outran the funds.`;
    case 'outproduce':
      return l.best
        ? `NATO came closest in ${monthLabel(l.best.month)}: ${fmt(l.best.nato)} rounds to ${fmt(l.best.russia)} from Russia’s new lines (${fmt(l.best.russiaAll)} with refurbished and imported).`
        : 'NATO never out-produced Russia’s new lines.';
    case 'behindHistory':
      return `The allies’ own course on this seed did better on ${andList(l.rows.map(behindRow))}.`;
  }
}

/** The heading of a loss: "Ground and fire ratio: −18 points". */
export function wrongTitle(l: WrongLesson): string {
  const what: Record<WrongLesson['kind'], string> = {
    shortage: 'Ground and fire ratio',
    readiness: 'Readiness',
    requests: 'Ukraine’s requests',
    cohesion: 'Cohesion',
    debt: 'Paying firms',
    outproduce: 'Out-producing Russia',
    behindHistory: 'Against the allies’ course',
  };
  return l.pointsLost ? `${what[l.kind]}: −${count(l.pointsLost, 'point')}` : what[l.kind];
}

const CHANGES: Record<Counterfactual['change']['kind'], (w: DebriefWords) => string> = {
  drawToFloors: (w) => `you had sent everything above ${whose(w)} readiness floors`,
  stopAtFloors: () => 'you had stopped your drawdowns at the readiness floors',
  capacity: () => 'you had added every shift and weekend work the lines could take',
  longContract: () => 'you had signed the long pooled contracts a balanced planner would',
  balancedMonth: () => 'you had given the balanced policy’s orders instead of yours',
  meetRequest: () => 'you had met Ukraine’s request from stocks',
};

/**
 * When no change raised the score, the one that came closest, so a student still has a comparison to write about
 * (student play-test: "None of the 8 changes … would have raised your score" left the section empty).
 */
export function nearestText(cf: Counterfactual, base: Score, w: DebriefWords): string {
  const when = w.content.monthsPerTurn > 1 ? `in the ${w.turn} from ${monthLabel(cf.month)}` : `in ${monthLabel(cf.month)}`;
  const score = cf.score.score === base.score ? `the same ${base.score}` : `${cf.score.score}, below your ${base.score}`;
  return `The nearest: if ${when} ${CHANGES[cf.change.kind](w)}, your score would have been ${score}. Your own orders held up there.`;
}

/**
 * Where a changed game's points came from: each objective that gained or lost a point, largest first
 * (play-test: the balanced month sent fewer shells yet scored more, beside "your stocks stayed above
 * their floors", and the text never said it gained on readiness).
 */
function pointsMoved(cf: Counterfactual, base: Score, w: DebriefWords): string {
  const before = objectivePoints(base.objectives);
  const after = objectivePoints(cf.score.objectives);
  const moved = cf.score.objectives
    .map((o, i) => ({ id: o.id, by: after[i]! - (before[base.objectives.findIndex((b) => b.id === o.id)] ?? 0) }))
    .filter((x) => x.by !== 0)
    .sort((a, b) => Math.abs(b.by) - Math.abs(a.by) || (a.id < b.id ? -1 : 1));
  const said = (xs: typeof moved) => andList(xs.map((x) => `${objectiveName(w, x.id)} (${x.by > 0 ? '+' : '−'}${Math.abs(x.by)})`));
  const gained = moved.filter((x) => x.by > 0);
  const lost = moved.filter((x) => x.by < 0);
  return gained.length ? ` Points gained on ${said(gained)}${lost.length ? `, lost on ${said(lost)}` : ''}.` : '';
}

/** "Your score 22 → 67 (victory) if in Nov 2022 you had sent … : 244,000 more 155 mm shells to Ukraine (…). Points gained on …" */
export function helpedText(cf: Counterfactual, base: Score, w: DebriefWords): string {
  const outcome = cf.score.outcome === 'victory' ? ' (victory)' : '';
  const when = w.content.monthsPerTurn > 1 ? `in the ${w.turn} from ${monthLabel(cf.month)}` : `in ${monthLabel(cf.month)}`;
  return `Your score ${base.score} → ${cf.score.score}${outcome} if ${when} ${CHANGES[cf.change.kind](w)}: ${describeMonthDiff(cf.diff, w.names)}.${pointsMoved(cf, base, w)}`;
}
