/** Buying from firms: each firm's asking price, free capacity, order book and first deliveries, and the way into a negotiation. */
import { html } from 'lit-html';
import {
  addableCapacity,
  askPriceEur,
  capacityCount,
  leadMonths,
  monthLabel,
  offerOutlook,
  plantNameOf,
  type CapacityCount,
  type DeliveryOutlook,
  type GameState,
  type Offer,
  type ScenarioContent,
} from '../../sim';
import { fmt, fmtEur } from '../common/format';
import type { SessionState } from '../store';
import { LOCKED_LABEL, LOCKED_WHY, leverLocked } from './lever-lock';

const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : `−${fmt(-n)}`);

/**
 * Why a firm's free capacity is what it is: what changed since the month began (a line a capacity
 * clause or a plant brings, orders signed or cancelled this month), and how much of it comes from
 * lines that only open later. Both counts are the firm's own, the one it judges offers by.
 */
function freeWhy(s: SessionState, before: CapacityCount, now: CapacityCount): string[] {
  const g = s.game!.getState();
  const plant = (id: string) => {
    const l = g.preview.state.lines.find((x) => x.id === id);
    return l ? plantNameOf(g.content, l) : id;
  };
  const isNew = (id: string) => !before.coming.some((b) => b.lineId === id);
  const why: string[] = [];
  if (now.freePerMonth !== before.freePerMonth) {
    const changes = now.coming.filter((x) => isNew(x.lineId)).map((x) => `${signed(x.perMonth)} from ${plant(x.lineId)} (opens ${monthLabel(x.readyMonth)})`);
    const committed = now.committedPerMonth - before.committedPerMonth;
    if (committed > 0) changes.push(`${signed(-committed)} ordered this month`);
    if (committed < 0) changes.push(`${signed(-committed)} freed by a cancellation`);
    why.push(`was ${fmt(before.freePerMonth)} at the start of the month: ${changes.join(', ')}`);
  }
  for (const x of now.coming.filter((c) => !isNew(c.lineId)))
    why.push(`includes ${fmt(x.perMonth)} from ${plant(x.lineId)}, which opens ${monthLabel(x.readyMonth)}`);
  return why;
}

/** "Aug 2023", "Aug 2023 (100 at first)" or "none before the game ends". */
function firstDeliveries(o: DeliveryOutlook | null): string {
  if (!o || o.firstMonth < 0) return 'none before the game ends';
  return o.firstUnits < o.perMonth ? `${monthLabel(o.firstMonth)} (${fmt(o.firstUnits)} at first)` : monthLabel(o.firstMonth);
}

interface Row {
  f: ScenarioContent['firms'][number];
  p: ScenarioContent['products'][number];
  probe: Offer;
  outlook: DeliveryOutlook | null;
}

/** A plain two-year order of the smallest size the acting nation could place with a firm: its price, and when it would arrive. */
function rowOf(s: SessionState, st: GameState, f: Row['f'], p: Row['p']): Row {
  const c = s.game!.getState().content;
  const probe: Offer = {
    firmId: f.id,
    product: p.id,
    buyers: [{ nationId: s.acting, shareBp: 10000 }],
    perMonth: p.minOrderPerMonth,
    months: 24,
    unitPriceEur: 0,
    advanceBp: 0,
    capacityClause: false,
    indexed: false,
    deliverTo: 'ukraine',
  };
  return { f, p, probe, outlook: offerOutlook(c, st, probe) };
}

function rowView(s: SessionState, st: GameState, { f, p, probe, outlook }: Row, o: { tutorial: boolean; product: boolean; locked: boolean }) {
  const c = s.game!.getState().content;
  const now = capacityCount(st, f.id, p.id);
  const free = now.freePerMonth;
  const why = freeWhy(s, capacityCount(s.game!.getState().game, f.id, p.id), now);
  return html`<tr>
    <td class="firm-name">${f.name}${o.product ? html` <span class="hint why">${p.plural}</span>` : ''}</td>
    <td class="figure">${fmtEur(askPriceEur(c, st, f, probe))}</td>
    <td data-testid="free-${f.id}-${p.id}">
      <span class="figure">${fmt(free)}</span>${free === 0 && addableCapacity(c, st, f, p.id) > 0 ? html` <span class="hint">(needs a new line)</span>` : ''}
      ${why.map((w) => html`<span class="hint why">${w}</span>`)}
    </td>
    <td class="figure">${leadMonths(c, st, f, p.id)} months</td>
    <td>${firstDeliveries(outlook)}</td>
    <td>
      <button
        data-tutorial=${o.tutorial ? 'negotiate' : ''}
        ?disabled=${o.locked}
        @click=${() => s.openNegotiation(f.id, p.id)}
        aria-label="Negotiate ${p.plural} with ${f.name}${o.locked ? `, ${LOCKED_WHY}` : ''}"
      >
        ${o.locked ? LOCKED_LABEL : 'Negotiate…'}
      </button>
    </td>
  </tr>`;
}

function table(s: SessionState, st: GameState, rows: readonly Row[], tutorial: boolean) {
  // A table of one product names it once, in its heading, not on every row (thorough student: "155 mm shells" seven times a turn).
  const one = rows.every((r) => r.p.id === rows[0]!.p.id) ? rows[0]!.p.plural : null;
  const locked = leverLocked(s, 'offer');
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${one ? html`Firm <span class="heading-name">(${one})</span>` : 'Firm and product'}</th>
        <th scope="col">Asks a unit</th>
        <th scope="col">Free a month</th>
        <th scope="col">Order book</th>
        <th scope="col">First deliveries</th>
        <th scope="col"><span class="sr-only">Action</span></th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((r, i) => rowView(s, st, r, { tutorial: tutorial && i === 0, product: !one, locked }))}
    </tbody>
  </table>`;
}

export function buyView(s: SessionState, st: GameState) {
  const c = s.game!.getState().content;
  const rows = c.firms.flatMap((f) => c.products.filter((p) => (f.basePriceEur[p.id] ?? 0) > 0).map((p) => rowOf(s, st, f, p)));
  // Firms whose plain order would deliver nothing before the game ends fold away: a capacity clause may still be worth a look, but not every turn.
  const late = rows.filter((r) => !r.outlook || r.outlook.firstMonth < 0);
  const soon = rows.filter((r) => !late.includes(r));
  return html`<section aria-labelledby="buy-title" class="card">
    <h3 id="buy-title">Buy from firms</h3>
    <details class="hint">
      <summary>How to read this table</summary>
      Price and first deliveries of a two-year order of the smallest size. Free: what the firm can still promise without a new line. Order book: months of
      orders it has ahead of yours, which sets its price.
    </details>
    ${soon.length ? table(s, st, soon, true) : ''}
    ${
      late.length
        ? html`<details data-testid="late-firms">
            <summary>${soon.length ? `${late.length} more` : `All ${late.length}`} would deliver nothing before the game ends on such an order</summary>
            ${table(s, st, late, soon.length === 0)}
          </details>`
        : ''
    }
  </section>`;
}
