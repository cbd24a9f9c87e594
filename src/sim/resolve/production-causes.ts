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
import { firmProduct } from '../firm-book';
import { lookup } from '../int-math';
import { msg } from '../messages';
import type { ReportEntry } from '../report';
import type { ProductionLine } from '../types';
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

/** A module function, not a closure made each month: tsx names each closure as it is made (issue 14, report on : off). */
function addCause(byLine: Map<string, string[]>, line: string, id: string): void {
  const list = byLine.get(line);
  if (list) list.push(id);
  else byLine.set(line, [id]);
}

export function linkProductionCauses(ctx: PhaseContext): void {
  const { state: s, report: r } = ctx;
  if (!r.on) return;
  const byLine = new Map<string, string[]>();
  // One pass over the month's entries so far (issue 14, report on : off): what was built, which offers were signed.
  const signed = new Set<string>();
  for (const e of r.entries) {
    if (e.kind === 'construction') addCause(byLine, e.subject, e.id);
    else if (e.message.id === 'offer.signed') signed.add(e.id);
  }
  // Back from a weekend accident's two idle months: the restart is why its output jumps (the accident was told then).
  for (const line of s.lines)
    if (line.accidentUntil === s.month - 1)
      addCause(
        byLine,
        line.id,
        r.add({
          id: `repaired:${line.id}`,
          kind: 'production',
          subject: line.id,
          message: msg('production.repaired', { line: line.id }),
          delta: 0,
          causes: [],
        }),
      );
  // A firm's lines for the product, in the state's order (firm-book.ts: the same lines a scan of every line finds).
  for (const k of contractsStarting(ctx)) for (const line of firmProduct(s, k.firmId, k.product).lines) addCause(byLine, line.id, k.id);
  for (const { id, order } of ctx.orderEntries) {
    if (order.kind === 'weekendWork') addCause(byLine, order.lineId, id);
    if (order.kind !== 'offer' || !signed.has(id)) continue;
    for (const line of firmProduct(s, order.offer.firmId, order.offer.product).lines) addCause(byLine, line.id, id);
  }
  // What each line made (industry.ts keeps the entries with their lines: no search for a line by id).
  for (const { entry: e, line } of ctx.made) {
    for (const cause of byLine.get(e.subject) ?? []) if (!e.causes.includes(cause)) e.causes.push(cause);
    if (e.causes.length === 0 && e.delta > 0) learning(ctx, e, line);
  }
}

/**
 * Output with no other cause that rose because the line's crews got faster (a new line or shift learning the work):
 * said only then, so a Why? does not list every ramping line every month (play-test: Why? panels too long).
 */
function learning(ctx: PhaseContext, e: ReportEntry, line: Readonly<ProductionLine>): void {
  const { content: c, report: r } = ctx;
  // The month's output has moved the line on already (recordOutput): this month ran at step n − 1, the last at n − 2.
  if (line.learningMonths < 2) return;
  const [was, now] = [lookup(c.rules.industry.learningCurve, line.learningMonths - 2), lookup(c.rules.industry.learningCurve, line.learningMonths - 1)];
  if (was >= now) return;
  const id = r.add({
    id: `learning:${line.id}`,
    kind: 'production',
    subject: line.id,
    message: msg('production.learning', { line: line.id, efficiencyBp: now, wasBp: was }),
    delta: 0,
    causes: [],
  });
  e.causes.push(id);
}
