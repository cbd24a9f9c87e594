/** The after-action review in English: the war's figures side by side, a turn's span, the turning points and their why-chains. */
import type { Metrics } from '../../sim/metrics';
import { monthLabel } from '../../sim/month';
import type { ReviewTurn } from '../review/review-turns';
import type { TurningPoint } from '../review/turning-points';
import { fmt, fmtBp, fmtRatio } from './numbers';

/** The war's figures a debrief compares, each with how it reads. */
export const WAR_FIGURES: [string, (m: Metrics) => string][] = [
  ['Ground lost', (m) => `${fmt(m.territoryLostKm2)} km²`],
  ['Average fire ratio', (m) => fmtRatio(m.avgFireRatioBp)],
  ['NATO artillery rounds made over the game', (m) => fmt(m.natoArtilleryMade)],
  ['NATO artillery rounds in the last month', (m) => fmt(m.natoMonthlyArtillery)],
  // Both counts of Russia's output: NATO's Nov 2025 claim counts its new lines only (calibration-facts §5, §12).
  ['Russian shells in the last month: new lines only', (m) => fmt(m.russiaMonthlyNewShells)],
  ['… with refurbished and imported rounds', (m) => fmt(m.russiaMonthlyShells + m.russiaMonthlyImports)],
  ['NATO first out-made Russia’s new lines', (m) => (m.outproducedNewMonth < 0 ? 'never' : monthLabel(m.outproducedNewMonth))],
  ['Allies below readiness floors', (m) => String(m.nationsBelowFloor)],
  ['Cohesion', (m) => fmtBp(m.cohesionBp)],
];

/**
 * Why the out-produce claim is disputed (calibration-facts §5, §12; source 000): the debrief shows it beside both counts.
 */
export const OUTPRODUCE_CLAIM =
  'In November 2025 NATO’s Secretary General said the alliance now makes more ammunition than Russia. The claim is disputed. It counts only what Russia’s new lines make, not the old rounds its depots bring back or the millions of shells North Korea sent, and that spring the same office had said Russia made in three months what NATO made in a year. The table shows both counts.';

/** Where this game stands on the claim's two counts, after OUTPRODUCE_CLAIM. */
export function outproducedText(m: Pick<Metrics, 'outproducedNewMonth' | 'outproducedMonth'>): string {
  if (m.outproducedNewMonth < 0) return 'In your war NATO’s lines never passed even Russia’s new lines.';
  const all = m.outproducedMonth < 0 ? 'never all it made with refurbished and imported rounds' : `all it made from ${monthLabel(m.outproducedMonth)}`;
  return `In your war NATO’s lines passed Russia’s new lines in ${monthLabel(m.outproducedNewMonth)}, and ${all}.`;
}

/** "Feb 2023" or "Feb – May 2023". */
export function turnSpan(t: Pick<ReviewTurn, 'firstMonth' | 'lastMonth'>): string {
  return t.firstMonth === t.lastMonth ? monthLabel(t.firstMonth) : `${monthLabel(t.firstMonth)} – ${monthLabel(t.lastMonth)}`;
}

const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : '0');

/** What a turning point was, in one sentence. */
export function turningPointText(p: TurningPoint): string {
  const when = monthLabel(p.month);
  switch (p.kind) {
    case 'front':
      return `${when}: Russia's largest gain of the game, ${fmt(p.change)} km²${p.what ? `, most of it in ${p.what}` : ''}.`;
    case 'stock':
      return `${when}: Ukraine's artillery stock ${p.change >= 0 ? 'rose' : 'fell'} by ${fmt(Math.abs(p.change))} rounds, its largest ${p.change >= 0 ? 'rise' : 'fall'} of the game.`;
    case 'score':
      return `${when}: the score so far moved most, ${signed(p.change)} ${Math.abs(p.change) === 1 ? 'point' : 'points'}.`;
  }
}

/** One cause of a turning point: the report's own sentence (it gives its part), or an objective with the points it moved: "Cohesion (−3 points)". */
export function causeText(p: TurningPoint, cause: TurningPoint['causes'][number]): string {
  return p.kind === 'score' ? `${cause.text} (${signed(cause.part)} ${Math.abs(cause.part) === 1 ? 'point' : 'points'})` : cause.text;
}

/** "43 decisions, 8 listed; 2 refused or not signed" when a turn's list is cut or some were refused. */
export function decisionsTail(t: Pick<ReviewTurn, 'more' | 'refused'>): string {
  const parts = [t.more ? `and ${fmt(t.more)} more` : '', t.refused ? `${fmt(t.refused)} refused or not signed` : ''].filter(Boolean);
  return parts.join('; ');
}
