/**
 * The month's decisions for the acting nation: what this month's orders commit,
 * buying through negotiation, capacity levers on lines, new plants, and
 * drawdowns from stocks. Every control says its cost, when its output arrives
 * and what it does to readiness before it is used. Products, firms and lines
 * come from the scenario's content; none is named here.
 */
import { html } from 'lit-html';
import {
  addableCapacity,
  applyBp,
  askPriceEur,
  drawdownCost,
  efficiencyBp,
  firmSpec,
  freeCapacity,
  leadMonths,
  monthLabel,
  nationSpec,
  plantCostEur,
  productSpec,
  type GameState,
  type NationState,
  type Offer,
  type ProductionLine,
  type ScenarioContent,
} from '../../sim';
import type { Session, SessionState } from '../session';
import { fmt, fmtBp, fmtEur, orderResultView } from './format';

export function statusGlyph(c: ScenarioContent, line: ProductionLine, lastOutput: number | undefined): { glyph: string; text: string } {
  if (line.status === 'building') return { glyph: '□', text: `building, due ${monthLabel(line.readyMonth)}` };
  if (line.status === 'reactivating') return { glyph: '◇', text: `reactivating, first output ${monthLabel(line.readyMonth)}` };
  if (line.status === 'mothballed') return { glyph: '✕', text: 'mothballed' };
  if (lastOutput === 0) return { glyph: '○', text: 'idle: no orders call for output' };
  if (efficiencyBp(c, line) < 10000) return { glyph: '◐', text: `ramping up (${fmtBp(efficiencyBp(c, line))} efficiency)` };
  return { glyph: '●', text: 'running at full efficiency' };
}

const plural = (c: ScenarioContent, id: string) => productSpec(c, id)?.plural ?? id;

/** Euros a month each product's accepted offers commit, and the other costs of this month's orders. */
function commitments(s: SessionState, st: GameState, nation: NationState) {
  const g = s.game!.getState();
  const c = g.content;
  const monthly: Record<string, number> = {};
  const drawn: Record<string, number> = {};
  let advance = 0;
  let plants = 0;
  let overtime = 0;
  g.pending.forEach((o, i) => {
    const r = g.preview.results[i];
    if (!r?.ok) return;
    if (o.kind === 'offer' && r.answer?.verdict === 'accept') {
      const share = o.offer.buyers.find((b) => b.nationId === nation.id)?.shareBp ?? 0;
      monthly[o.offer.product] = (monthly[o.offer.product] ?? 0) + applyBp(o.offer.perMonth * o.offer.unitPriceEur, share);
      advance += applyBp(applyBp(o.offer.perMonth * o.offer.months * o.offer.unitPriceEur, o.offer.advanceBp), share);
    } else if (o.actor !== nation.id) return;
    else if (o.kind === 'fundPlant') {
      const t = c.templates.find((x) => x.id === o.templateId);
      if (t)
        plants += plantCostEur(
          c,
          g.game.nations.find((n) => n.id === nation.id),
          t,
        );
    } else if (o.kind === 'addShift' || (o.kind === 'weekendWork' && o.on)) overtime += st.lines.find((l) => l.id === o.lineId)?.overtimeEurPerMonth ?? 0;
    else if (o.kind === 'drawdown') drawn[o.product] = (drawn[o.product] ?? 0) + o.amount;
  });
  return { monthly, drawn, advance, plants, overtime };
}

function summary(s: SessionState, st: GameState, nation: NationState) {
  const c = s.game!.getState().content;
  const { monthly, drawn, advance, plants, overtime } = commitments(s, st, nation);
  const total = Object.values(monthly).reduce((sum, x) => sum + x, 0) + overtime;
  const row = (label: string, eur: number) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${fmtEur(eur)} a month</td>
      <td>${bar(eur, total)}</td>
    </tr>`;
  return html`<section aria-labelledby="alloc-title" class="card" data-tutorial="allocation">
    <h3 id="alloc-title">${nationSpec(c, nation.id)?.name}: this month's orders</h3>
    <p>Funds now <strong>${fmtEur(nation.fundsEur)}</strong> (after this month's orders).</p>
    <table class="alloc">
      <caption class="sr-only">
        What this month's orders commit
      </caption>
      <tbody>
        ${c.products.map((p) => row(p.plural, monthly[p.id] ?? 0))} ${row('Shifts and weekend work', overtime)}
        <tr>
          <th scope="row">Advances paid now</th>
          <td>${fmtEur(advance)}</td>
          <td></td>
        </tr>
        <tr>
          <th scope="row">New plants paid now</th>
          <td>${fmtEur(plants)}</td>
          <td></td>
        </tr>
        <tr>
          <th scope="row">Drawn from stocks</th>
          <td>${c.products.map((p) => `${fmt(drawn[p.id] ?? 0)} ${p.plural}`).join(', ')}</td>
          <td></td>
        </tr>
      </tbody>
    </table>
  </section>`;
}

function bar(part: number, total: number) {
  const pct = total ? Math.round((part * 100) / total) : 0;
  return html`<span class="bar" aria-hidden="true"><span style="width:${pct}%"></span></span>`;
}

function buyView(s: SessionState, st: GameState, a: Session) {
  const c = s.game!.getState().content;
  const rows = c.firms.flatMap((f) => c.products.filter((p) => (f.basePriceEur[p.id] ?? 0) > 0).map((p) => ({ f, p })));
  return html`<section aria-labelledby="buy-title" class="card">
    <h3 id="buy-title">Buy from firms</h3>
    <table>
      <thead>
        <tr>
          <th scope="col">Firm</th>
          <th scope="col">Product</th>
          <th scope="col">Asks (2-year order)</th>
          <th scope="col">Free a month</th>
          <th scope="col">Lead time</th>
          <th scope="col"><span class="sr-only">Action</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ f, p }, i) => {
          // The price the acting nation would be asked for a plain two-year order.
          const probe: Offer = {
            firmId: f.id,
            product: p.id,
            buyers: [{ nationId: s.acting, shareBp: 10000 }],
            perMonth: 1,
            months: 24,
            unitPriceEur: 0,
            advanceBp: 0,
            capacityClause: false,
            indexed: false,
            deliverTo: 'ukraine',
          };
          const free = freeCapacity(st, f, p.id);
          return html`<tr>
            <td>${f.name}</td>
            <td>${p.plural}</td>
            <td>${fmtEur(askPriceEur(c, st, f, probe))}</td>
            <td>${fmt(free)}${free === 0 && addableCapacity(c, st, f, p.id) > 0 ? html` <span class="hint">(needs a new line)</span>` : ''}</td>
            <td>${leadMonths(c, st, f, p.id)} months</td>
            <td>
              <button
                data-tutorial=${i === 0 ? 'negotiate' : ''}
                @click=${() => a.openNegotiation(f.id, p.id)}
                aria-label="Negotiate ${p.plural} with ${f.name}"
              >
                Negotiate…
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

function lineActions(s: SessionState, st: GameState, a: Session, l: ProductionLine, tutorial: boolean) {
  const c = s.game!.getState().content;
  const acting = s.acting;
  const canShift = l.status === 'running' && l.shifts + l.pendingShifts.length < c.rules.industry.maxShifts;
  return html`${
    canShift
      ? html`<button
          data-tutorial=${tutorial ? 'add-shift' : ''}
          @click=${() => a.order({ kind: 'addShift', actor: acting, lineId: l.id })}
          aria-label="Add a shift at ${l.plantName}: ${fmtEur(l.overtimeEurPerMonth)} a month, ${fmt(l.workersPerShift)} skilled workers, from ${monthLabel(st.month + c.rules.shiftLeadMonths)}"
        >
          + shift
        </button>`
      : ''
  }
  ${
    l.status === 'running'
      ? html`<button
          @click=${() => a.order({ kind: 'weekendWork', actor: acting, lineId: l.id, on: !l.weekend })}
          aria-label="${l.weekend ? 'Stop' : 'Start'} weekend work at ${l.plantName} (${fmtEur(l.overtimeEurPerMonth)} a month)"
        >
          ${l.weekend ? 'stop weekends' : '+ weekends'}
        </button>`
      : ''
  }
  ${
    l.status === 'mothballed'
      ? html`<button
          @click=${() => a.order({ kind: 'reactivateLine', actor: acting, lineId: l.id })}
          aria-label="Reactivate ${l.plantName}: ${fmtEur(l.reactivationCostEur)}, first output ${monthLabel(st.month + l.reactivationMonths)}"
        >
          reactivate
        </button>`
      : ''
  }`;
}

function linesView(s: SessionState, st: GameState, a: Session) {
  const g = s.game!.getState();
  const c = g.content;
  const last = g.history.at(-1)?.report;
  const output = (id: string) => last?.entries.find((e) => e.id === `prod:${id}`)?.delta;
  // The tutorial points at the first line of the acting nation that can take a shift.
  const tutorialLine = st.lines.find(
    (l) => l.nationId === s.acting && l.status === 'running' && l.shifts + l.pendingShifts.length < c.rules.industry.maxShifts,
  )?.id;
  return html`<section aria-labelledby="lines-title" class="card">
    <h3 id="lines-title">Production lines</h3>
    <p class="hint">
      ● full rate · ◐ ramping up · ○ idle · □ building · ◇ reactivating · ✕ mothballed. An extra shift arrives in ${c.rules.shiftLeadMonths} months and costs
      overtime; weekend work adds ${fmtBp(c.rules.weekendBonusBp)} at once, with a ${fmtBp(c.rules.weekendAccidentBp)} risk of an accident each month.
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">State</th>
          <th scope="col">Shifts</th>
          <th scope="col">Made last month</th>
          <th scope="col"><span class="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${st.lines.map((l) => {
          const out = output(l.id);
          const { glyph, text } = statusGlyph(c, l, out);
          return html`<tr>
            <td>${l.plantName} <span class="hint">(${plural(c, l.product)})</span></td>
            <td><span aria-hidden="true">${glyph}</span> ${text}</td>
            <td>
              ${l.shifts}${l.pendingShifts.length ? html` <span class="hint">+${l.pendingShifts.length} from ${monthLabel(l.pendingShifts[0]!.readyMonth)}</span>` : ''}${l.weekend ? ' + weekends' : ''}
            </td>
            <td>${out === undefined ? '—' : fmt(out)}</td>
            <td class="actions">${lineActions(s, st, a, l, l.id === tutorialLine)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

function plantsView(s: SessionState, st: GameState, a: Session) {
  const c = s.game!.getState().content;
  const payer = st.nations.find((n) => n.id === s.acting);
  return html`<section aria-labelledby="plants-title" class="card">
    <h3 id="plants-title">New plants (paid by ${nationSpec(c, s.acting)?.name})</h3>
    <p class="hint">
      A state-funded plant needs no contract. Half of all plants slip ${c.rules.plantSlipMinMonths}–${c.rules.plantSlipMaxMonths} months; once open, a plant
      takes about two years to reach full rate.
    </p>
    <ul class="plants">
      ${c.templates.map((t) => {
        const cost = plantCostEur(c, payer, t);
        return html`<li>
          <div><strong>${t.plantName}</strong> <span class="hint">(${t.nationId}, ${firmSpec(c, t.firmId)?.name})</span></div>
          <div>
            ${fmt(t.capacityPerShift)} ${plural(c, t.product)} a month per shift · ${fmtEur(cost)} · opens ${monthLabel(st.month + t.buildMonths)} at the
            earliest
          </div>
          <button
            @click=${() => a.order({ kind: 'fundPlant', actor: s.acting, templateId: t.id })}
            aria-label="Fund ${t.plantName} for ${fmtEur(cost)}, opening ${monthLabel(st.month + t.buildMonths)} at the earliest"
          >
            Fund plant
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}

function drawdownView(s: SessionState, st: GameState, a: Session) {
  const c = s.game!.getState().content;
  const n = st.nations.find((x) => x.id === s.acting)!;
  const spec = nationSpec(c, n.id)!;
  return html`<section aria-labelledby="draw-title" class="card" data-tutorial="drawdown">
    <h3 id="draw-title">Send from ${spec.name}'s stocks</h3>
    ${c.products.map((p) => {
      const stock = n.stock[p.id] ?? 0;
      const max = Math.max(0, stock - (spec.hardFloor[p.id] ?? 0));
      const id = `draw-${p.id}`;
      // The slider's value is view state in the session, never read back from the page.
      const amount = Math.min(s.drawDraft[p.id] ?? 0, max);
      const { capital, belowFloor } = drawdownCost(c, n, p.id, amount);
      return html`<div class="drawdown">
        <label for=${id}>${p.plural} to send</label>
        <input
          type="range"
          id=${id}
          min="0"
          max=${max}
          step=${p.minOrderPerMonth * 2}
          .value=${String(amount)}
          @input=${(e: Event) => a.setDrawDraft(p.id, Number((e.target as HTMLInputElement).value))}
          aria-describedby="${id}-effect"
        />
        <output id="${id}-effect" for=${id}
          >${fmt(amount)} now · stock after ${fmt(stock - amount)} (readiness floor ${fmt(spec.readinessFloor[p.id] ?? 0)}, hard floor
          ${fmt(spec.hardFloor[p.id] ?? 0)})${capital ? ` · ${fmt(belowFloor)} below the floor: costs ${capital} political capital and support` : ''}</output
        >
        <button
          ?disabled=${amount === 0}
          @click=${() => {
            a.order({ kind: 'drawdown', actor: n.id, product: p.id, amount });
            a.setDrawDraft(p.id, 0);
          }}
        >
          Send ${p.plural}
        </button>
      </div>`;
    })}
  </section>`;
}

export function decideView(s: SessionState, a: Session) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const nation = st.nations.find((n) => n.id === s.acting) ?? st.nations[0]!;
  return html`
    ${orderResultView(s.lastResult, { content: g.content, game: st })} ${summary(s, st, nation)} ${drawdownView(s, st, a)} ${buyView(s, st, a)}
    ${linesView(s, st, a)} ${plantsView(s, st, a)}
  `;
}
