/**
 * A line's output cites the month's changes to that line, so that a swing in
 * production has its cause in the report: a shift that joined, the line
 * opening (or waiting for staff, or slipping), weekend work ordered, a
 * contract signed with its firm for its product, and a contract whose
 * deliveries start this month (its firm's lines are called on for more). The
 * caps themselves (contracts that call for no more, an input short) are in
 * the output's own sentence and causes (industry.ts). Report only: run after
 * the industry phase when entries are built.
 */
import { msg } from '../messages';
import type { PhaseContext } from './context';

/** An entry for each contract whose deliveries start this month: the month its firm's lines must make more. */
function contractsStarting(ctx: PhaseContext): { id: string; firmId: string; product: string }[] {
  const { state: s, report: r } = ctx;
  return s.contracts
    .filter((k) => k.status === 'active' && k.firstDeliveryMonth === s.month)
    .map((k) => {
      const message = msg('contract.starts', { contract: k.id, firm: k.firmId, product: k.product, perMonth: k.perMonth, months: k.months });
      const id = r.add({ id: `starts:${k.id}`, kind: 'delivery', subject: k.id, message, delta: k.perMonth, causes: [] });
      return { id, firmId: k.firmId, product: k.product };
    });
}

export function linkProductionCauses(ctx: PhaseContext): void {
  const { state: s, report: r } = ctx;
  if (!r.on) return;
  const byLine = new Map<string, string[]>();
  const add = (line: string, id: string) => byLine.set(line, [...(byLine.get(line) ?? []), id]);
  for (const e of r.entries) if (e.kind === 'construction') add(e.subject, e.id);
  for (const k of contractsStarting(ctx)) for (const line of s.lines) if (line.firmId === k.firmId && line.product === k.product) add(line.id, k.id);
  const signed = new Set(r.entries.filter((e) => e.message.id === 'offer.signed').map((e) => e.id));
  for (const { id, order } of ctx.orderEntries) {
    if (order.kind === 'weekendWork') add(order.lineId, id);
    if (order.kind !== 'offer' || !signed.has(id)) continue;
    for (const line of s.lines) if (line.firmId === order.offer.firmId && line.product === order.offer.product) add(line.id, id);
  }
  for (const e of r.entries) {
    if (e.kind !== 'production' || !e.id.startsWith('prod:')) continue;
    for (const cause of byLine.get(e.subject) ?? []) if (!e.causes.includes(cause)) e.causes.push(cause);
  }
}
