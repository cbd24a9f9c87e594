/**
 * The review's timeline: one row per turn, with the team's decisions (its
 * accepted orders in plain words, and how many were refused), the reason the
 * team gave, and what followed over the turn's months: ground lost, the fire
 * ratio, Ukraine's shells at the end, the allies' output and the score so far.
 */
import type { ScenarioContent } from '../../sim/content';
import { scoreGame } from '../../sim/metrics';
import { namesFor } from '../text/messages';
import { orderText } from '../text/orders';
import type { OrderResult } from '../../sim/report';
import type { Order } from '../../sim/types';
import type { ReplayedMonths } from './replay-reports';
import { isTurnStart } from '../../sim/turns';

/** A turn's decisions past this many are counted, not listed: the review fits a page, and the orders tab had them all. */
export const DECISIONS_LISTED = 8;

export interface ReviewTurn {
  /** month indices of the turn, first and last */
  from: number;
  to: number;
  firstMonth: number;
  lastMonth: number;
  decisions: string[];
  /** accepted decisions not listed */
  more: number;
  /** orders refused and offers not signed */
  refused: number;
  note: string;
  /** the trainer's injects that fired in the turn (scheduled by the class, or fired live), by title */
  injects: string[];
  gainKm2: number;
  /** the turn's months' fire ratios, averaged */
  fireRatioBp: number;
  ukraineShellsEnd: number;
  natoArtillery: number;
  scoreAfter: number;
}

export interface TurnsInput {
  content: ScenarioContent;
  months: ReplayedMonths;
  played: readonly string[];
  notes: readonly string[];
}

export function reviewTurns({ content, months, played, notes }: TurnsInput): ReviewTurn[] {
  const starts = months.reports.map((_, i) => i).filter((i) => isTurnStart(content, months.states[i]!));
  return starts.map((from, k) => {
    const to = (starts[k + 1] ?? months.reports.length) - 1;
    const reports = months.reports.slice(from, to + 1);
    const names = namesFor(content, months.states[from + 1]);
    // The team's orders are in the turn's first month (a multi-month turn plays on with the policy's); the trainer's are not the team's.
    const mine = reports.flatMap((r) => r.orders).filter((r) => played.includes(r.order.actor));
    // An offer counts once signed: a counter-offer or a refusal used a round but decided nothing.
    const who = (r: OrderResult) => (played.length > 1 ? `${names.nation(r.order.actor)} ` : '');
    const accepted = mine
      .filter((r) => r.ok && (r.order.kind !== 'offer' || r.answer?.verdict === 'accept'))
      .sort((a, b) => listedFirst(a) - listedFirst(b))
      .map((r) => `${who(r)}${orderText(r.order, names)}`);
    const summaries = reports.map((r) => r.summary);
    return {
      from,
      to,
      firstMonth: reports[0]!.month,
      lastMonth: reports.at(-1)!.month,
      decisions: accepted.slice(0, DECISIONS_LISTED),
      more: Math.max(0, accepted.length - DECISIONS_LISTED),
      refused: mine.length - accepted.length,
      note: (notes[from] ?? '').trim(),
      injects: injectsIn(content, months, { from, to }).map((id) => names.event(id).title),
      gainKm2: summaries.reduce((sum, x) => sum + x.russianGainKm2, 0),
      fireRatioBp: Math.floor(summaries.reduce((sum, x) => sum + x.fireRatioBp, 0) / summaries.length),
      ukraineShellsEnd: summaries.at(-1)!.ukraineArtillery,
      natoArtillery: summaries.reduce((sum, x) => sum + x.natoArtillery, 0),
      scoreAfter: scoreGame(content, months.states[to + 1]!).score,
    };
  });
}

/**
 * The decisions that shape the years ahead are listed first, the month's drawdowns last: a coordinator's eleven
 * drawdowns pushed the turn's five-year contract into "and 16 more" (student play-test). In order given within a kind.
 */
const LISTED_FIRST: Order['kind'][] = [
  'offer',
  'fundPlant',
  'fundInputPlant',
  'reactivateLine',
  'addShift',
  'industrialPlan',
  'pledge',
  'cancelContract',
  'weekendWork',
];
const listedFirst = (r: OrderResult) => {
  const at = LISTED_FIRST.indexOf(r.order.kind);
  return at < 0 ? LISTED_FIRST.length : at;
};

/**
 * Events the trainer put in months `from`–`to`: the class's scheduled injects of those months (an
 * event fires at the start of its month, as the month before resolves, so it belongs to the turn
 * whose players read it), and injects fired live in them.
 */
function injectsIn(content: ScenarioContent, months: ReplayedMonths, { from, to }: { from: number; to: number }): string[] {
  const [first, last] = [months.states[from]!.month, months.states[to]!.month];
  const fired = new Set(months.states[to + 1]!.firedEvents);
  const scheduled = (content.classRules?.injects ?? []).filter((id) => {
    const trigger = content.events.find((e) => e.id === id)?.trigger;
    return trigger?.kind === 'month' && trigger.month >= first && trigger.month <= last && fired.has(id);
  });
  const live = months.reports
    .slice(from, to + 1)
    .flatMap((r) => r.orders)
    .flatMap((r) => (r.ok && r.order.kind === 'inject' ? [r.order.eventId] : []));
  return [...new Set([...scheduled, ...live])];
}
