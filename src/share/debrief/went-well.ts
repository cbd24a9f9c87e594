/**
 * What went well: the objectives earned in full, where the player did better
 * than the allies' own course on the same seed, what the players' contracts
 * delivered and what their drawdowns sent. Data only: src/share/text/debrief.ts
 * says it in English.
 */
import type { Metrics } from '../../sim/metrics';
import type { Score } from '../../sim/score';
import type { ProductId } from '../../sim/types';
import { objectivePointsLost } from '../objective-points';
import { againstHistory, type HistoryRow } from './against-history';
import type { ReplayedGame } from './finished-game';

export type WellLesson =
  | { kind: 'fullMarks'; objectives: { id: string; weight: number }[] }
  | { kind: 'beatHistory'; rows: HistoryRow[] }
  | { kind: 'contracts'; count: number; delivered: { product: ProductId; units: number }[] }
  | { kind: 'drawdowns'; sent: { product: ProductId; units: number }[]; belowFloor: { product: ProductId; units: number }[] };

function add(totals: Map<ProductId, number>, product: ProductId, units: number): void {
  totals.set(product, (totals.get(product) ?? 0) + units);
}

const asList = (totals: Map<ProductId, number>) => [...totals].map(([product, units]) => ({ product, units }));

/** The contracts the players signed and what they delivered before the end; their drawdowns and how much went below floors. */
function players(game: ReplayedGame): WellLesson[] {
  const signed = new Set<string>();
  const sent = new Map<ProductId, number>();
  const belowFloor = new Map<ProductId, number>();
  for (const m of game.months)
    for (const r of m.report.orders) {
      if (!r.ok || !game.humanNations.includes(r.order.actor)) continue;
      if (r.message.id === 'offer.signed') signed.add(r.message.params.contract);
      if (r.message.id === 'drawdown.sent') {
        add(sent, r.message.params.product, r.message.params.amount);
        // Per product: 300 Stingers and 30,000 shells are not 30,300 of anything (play-test).
        if (r.message.params.belowFloor) add(belowFloor, r.message.params.product, r.message.params.belowFloor);
      }
    }
  const delivered = new Map<ProductId, number>();
  for (const m of game.months)
    for (const e of m.report.entries)
      if (e.message.id === 'delivery.made' && signed.has(e.message.params.contract)) add(delivered, e.message.params.product, e.message.params.units);
  const out: WellLesson[] = [];
  if (signed.size) out.push({ kind: 'contracts', count: signed.size, delivered: asList(delivered) });
  if (sent.size) out.push({ kind: 'drawdowns', sent: asList(sent), belowFloor: asList(belowFloor) });
  return out;
}

export function wentWell(game: ReplayedGame, score: Score, history: { mine: Metrics; theirs: Metrics | null }): WellLesson[] {
  const lost = objectivePointsLost(score.objectives);
  const full = score.objectives.filter((_, i) => lost[i] === 0).map((o) => ({ id: o.id, weight: o.weight }));
  const better = history.theirs ? againstHistory(history.mine, history.theirs).better : [];
  return [
    ...(full.length ? [{ kind: 'fullMarks' as const, objectives: full }] : []),
    ...(better.length ? [{ kind: 'beatHistory' as const, rows: better }] : []),
    ...players(game),
  ];
}
