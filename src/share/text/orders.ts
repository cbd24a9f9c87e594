/**
 * Orders in plain words, for the coordinator's one-screen summary of the
 * month: what each pending order does (its nation is the heading it is
 * listed under), what a standing order repeats, and the lines of "every ally
 * down to its readiness floor" before it is confirmed. The resolver's answers
 * are its messages, in the sentences of messages.ts.
 */
import type { OrderResult } from '../../sim/report';
import type { Order } from '../../sim/types';
import type { StandingOrder } from '../standing-order-schema';
import { FACILITATOR_WORDS, formatMessage, leverText, type Names } from './messages';
import { count, fmt, fmtEur, fmtGdpShare } from './numbers';
import { andList, someOf } from './objectives';

/** "Poland and Germany", or "10 allies (Germany, France and 8 more)": a pool of eleven read as a list of eleven (thorough student, issue 9). */
function pooledWith(others: readonly string[]): string {
  return others.length <= 3 ? andList(others) : `${others.length} allies (${someOf(others, 2)})`;
}

/** What an order does, its nation left out: "sends 13,000 155 mm shells from its stocks to Ukraine". */
export function orderText(o: Order, n: Names): string {
  switch (o.kind) {
    case 'offer': {
      const f = o.offer;
      const others = f.buyers.filter((b) => b.nationId !== o.actor).map((b) => n.nation(b.nationId));
      return (
        `offers ${n.firm(f.firmId)} ${fmt(f.perMonth)} ${n.product(f.product, f.perMonth)} a month for ${count(f.months, 'month')} at ${fmtEur(f.unitPriceEur)}` +
        (others.length ? `, pooled with ${pooledWith(others)}` : '') +
        (f.deliverTo === 'stock' ? ', for its own stocks' : '')
      );
    }
    case 'cancelContract':
      return `cancels ${n.contract(o.contractId)}`;
    case 'addShift':
      return `adds a shift at ${n.line(o.lineId)}`;
    case 'weekendWork':
      return `${o.on ? 'starts' : 'stops'} weekend work at ${n.line(o.lineId)}`;
    case 'fundPlant':
      return `funds ${n.template(o.templateId)}`;
    case 'fundInputPlant':
      return `funds ${n.inputPlant(o.plantId)}`;
    case 'reactivateLine':
      return `reactivates ${n.line(o.lineId)}`;
    case 'drawdown':
      return `sends ${fmt(o.amount)} ${n.product(o.product, o.amount)} from its stocks to Ukraine`;
    case 'pledge':
      return `pledges ${fmtGdpShare(o.shareBp)} of GDP for defence`;
    case 'industrialPlan':
      return 'submits a defence-industrial plan';
    case 'inject':
      return `fires "${n.event(o.eventId).title}" now`;
    case 'facilitate':
      return FACILITATOR_WORDS[o.action];
    case 'lockLever':
      return leverText(o, n);
  }
}

/** A pending order and, for an offer, the firm's answer: "offers Rheinmetall … : Rheinmetall counters". */
export function pendingText(r: OrderResult, n: Names): string {
  const what = orderText(r.order, n);
  return r.order.kind === 'offer' ? `${what}: ${formatMessage(r.message, n)}` : what;
}

/** What a standing order repeats: "Poland sends 5,000 155 mm shells every month" (or every quarter or turn, in a game of longer turns). */
export function standingText(s: StandingOrder, n: Names, turn = 'month'): string {
  if (s.kind === 'drawdown') return `${n.nation(s.actor)} sends ${fmt(s.amount)} ${n.product(s.product, s.amount)} every ${turn}`;
  return `Every nation played here sends its ${n.product(s.product)} down to its readiness floor every ${turn}`;
}

/** What a standing order gave at the start of this month: "this month: 5,000 155 mm shells sent", or that it gave nothing. */
export function issuedText(s: StandingOrder, results: readonly OrderResult[], n: Names, turn = 'month'): string {
  const sent = results.filter((r) => r.ok).reduce((sum, r) => sum + (r.order.kind === 'drawdown' ? r.order.amount : 0), 0);
  const nations = results.filter((r) => r.ok).length;
  if (sent === 0) return results.length ? `nothing sent this ${turn}` : `nothing above the readiness floors this ${turn}`;
  const from = s.kind === 'toReadinessFloor' ? ` from ${count(nations, 'nation')}` : '';
  return `this ${turn}: ${fmt(sent)} ${n.product(s.product, sent)} sent${from}`;
}

/** A standing order's order that the rules refused this month: "standing order skipped: Germany balks: …". */
export function skippedText(r: OrderResult, n: Names): string {
  return `standing order skipped: ${formatMessage(r.message, n)}`;
}

/** One nation's line of "every ally down to its readiness floor": what it sends and keeps, or why it cannot. */
export function floorStepText(step: { nation: string; stock: number; floor: number; amount: number; result: OrderResult }, n: Names): string {
  if (!step.result.ok) return `${n.nation(step.nation)}: left out: ${formatMessage(step.result.message, n)}`;
  return `${n.nation(step.nation)}: sends ${fmt(step.amount)}, keeping ${fmt(step.floor)} (its readiness floor) of ${fmt(step.stock)}`;
}

/** The plan's total: "1,246,050 155 mm shells from 11 nations". */
export function floorTotalText(product: string, units: number, nations: number, n: Names): string {
  return `${fmt(units)} ${n.product(product, units)} from ${count(nations, 'nation')}`;
}

/** What a confirmed floor plan gave: "11 drawdowns given: 1,246,050 155 mm shells in all". */
export function drawdownsGivenText(results: readonly OrderResult[], n: Names): string {
  const given = results.filter((r) => r.ok).map((r) => r.order);
  const units = given.reduce((sum, o) => sum + (o.kind === 'drawdown' ? o.amount : 0), 0);
  const product = given.find((o) => o.kind === 'drawdown')?.product;
  return `${count(given.length, 'drawdown')} given` + (product ? `: ${fmt(units)} ${n.product(product, units)} in all` : '');
}
