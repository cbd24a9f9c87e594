/**
 * The month's decisions for the acting nation: what this month's orders commit,
 * buying through negotiation, capacity levers on lines, new plants, and
 * drawdowns from stocks. Every control says its cost, when its output arrives
 * and what it does to readiness before it is used.
 */
import { html } from 'lit-html';
import { applyBp } from '../../sim/int-math';
import { monthLabel } from '../../sim/month';
import { freeCapacity, leadMonths, askPriceEur, addableCapacity } from '../../sim/negotiation';
import { plantCostEur } from '../../sim/plant';
import { drawdownCost } from '../../sim/politics';
import { efficiencyBp, MAX_SHIFTS } from '../../sim/production-line';
import type { GameState, Nation, Offer, Order, ProductionLine, Product } from '../../sim/types';
import type { Session, SessionState } from '../session';
import { fmt, fmtBp, fmtEur, orderResultView } from './format';

export function statusGlyph(line: ProductionLine, lastOutput: number | undefined): { glyph: string; text: string } {
  if (line.status === 'building') return { glyph: '□', text: `building, due ${monthLabel(line.readyMonth)}` };
  if (line.status === 'reactivating') return { glyph: '◇', text: `reactivating, first output ${monthLabel(line.readyMonth)}` };
  if (line.status === 'mothballed') return { glyph: '✕', text: 'mothballed' };
  if (lastOutput === 0) return { glyph: '○', text: 'idle: no orders call for output' };
  if (efficiencyBp(line) < 10000) return { glyph: '◐', text: `ramping up (${fmtBp(efficiencyBp(line))} efficiency)` };
  return { glyph: '●', text: 'running at full efficiency' };
}

function summary(s: SessionState, st: GameState, nation: Nation) {
  const g = s.game!.getState();
  let shells = 0;
  let stingers = 0;
  let advance = 0;
  let plants = 0;
  let overtime = 0;
  const drawn = { shell: 0, stinger: 0 };
  g.pending.forEach((o: Order, i) => {
    const r = g.preview.results[i];
    if (!r?.ok) return;
    if (o.kind === 'offer' && r.answer?.verdict === 'accept') {
      const share = o.offer.buyers.find((b) => b.nationId === nation.id)?.shareBp ?? 0;
      const monthly = applyBp(o.offer.perMonth * o.offer.unitPriceEur, share);
      if (o.offer.product === 'shell') shells += monthly;
      else stingers += monthly;
      advance += applyBp(applyBp(o.offer.perMonth * o.offer.months * o.offer.unitPriceEur, o.offer.advanceBp), share);
    } else if (o.kind === 'fundPlant' && o.nationId === nation.id) {
      const t = st.templates.find((x) => x.id === o.templateId);
      if (t) plants += plantCostEur(g.game, nation.id, t);
    } else if ((o.kind === 'addShift' || (o.kind === 'weekendWork' && o.on)) && o.nationId === nation.id) {
      overtime += st.lines.find((l) => l.id === o.lineId)?.overtimeEurPerMonth ?? 0;
    } else if (o.kind === 'drawdown' && o.nationId === nation.id) drawn[o.product] += o.amount;
  });
  const total = shells + stingers + overtime;
  return html`<section aria-labelledby="alloc-title" class="card" data-tutorial="allocation">
    <h3 id="alloc-title">${nation.name}: this month's orders</h3>
    <p>Funds now <strong>${fmtEur(nation.fundsEur)}</strong> (after this month's orders).</p>
    <table class="alloc">
      <caption class="sr-only">
        What this month's orders commit
      </caption>
      <tbody>
        <tr>
          <th scope="row">Shells</th>
          <td>${fmtEur(shells)} a month</td>
          <td>${bar(shells, total)}</td>
        </tr>
        <tr>
          <th scope="row">Stingers</th>
          <td>${fmtEur(stingers)} a month</td>
          <td>${bar(stingers, total)}</td>
        </tr>
        <tr>
          <th scope="row">Shifts and weekend work</th>
          <td>${fmtEur(overtime)} a month</td>
          <td>${bar(overtime, total)}</td>
        </tr>
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
          <td>${fmt(drawn.shell)} shells, ${fmt(drawn.stinger)} Stingers</td>
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

function buyView(st: GameState, a: Session) {
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
        ${st.firms.flatMap((f) =>
          (['shell', 'stinger'] as Product[])
            .filter((p) => f.basePriceEur[p] > 0)
            .map((p) => {
              const probe: Offer = {
                firmId: f.id,
                product: p,
                buyers: [{ nationId: 'US', shareBp: 10000 }],
                perMonth: 1,
                months: 24,
                unitPriceEur: 0,
                advanceBp: 0,
                capacityClause: false,
                indexed: false,
                deliverTo: 'ukraine',
              };
              const free = freeCapacity(st, f, p);
              return html`<tr>
                <td>${f.name}</td>
                <td>${p === 'shell' ? '155 mm shells' : 'Stingers'}</td>
                <td>${fmtEur(askPriceEur(st, f, probe))}</td>
                <td>${fmt(free)}${free === 0 && addableCapacity(st, f, p) > 0 ? html` <span class="hint">(needs a new line)</span>` : ''}</td>
                <td>${leadMonths(st, f, p)} months</td>
                <td>
                  <button
                    data-tutorial=${f.id === 'rheinmetall' && p === 'shell' ? 'negotiate' : ''}
                    @click=${() => a.openNegotiation(f.id, p)}
                    aria-label="Negotiate ${p === 'shell' ? 'shells' : 'Stingers'} with ${f.name}"
                  >
                    Negotiate…
                  </button>
                </td>
              </tr>`;
            }),
        )}
      </tbody>
    </table>
  </section>`;
}

function linesView(s: SessionState, st: GameState, a: Session) {
  const g = s.game!.getState();
  const last = g.history.at(-1)?.report;
  const output = (id: string) => last?.entries.find((e) => e.id === `prod:${id}`)?.delta;
  const acting = s.acting;
  return html`<section aria-labelledby="lines-title" class="card">
    <h3 id="lines-title">Production lines</h3>
    <p class="hint">
      ● full rate · ◐ ramping up · ○ idle · □ building · ◇ reactivating · ✕ mothballed. An extra shift arrives in ${st.rules.shiftLeadMonths} months and costs
      overtime; weekend work adds ${fmtBp(st.rules.weekendBonusBp)} at once, with a ${fmtBp(st.rules.weekendAccidentBp)} risk of an accident each month.
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
          const { glyph, text } = statusGlyph(l, out);
          const canShift = l.status === 'running' && l.shifts + l.pendingShifts.length < MAX_SHIFTS;
          return html`<tr>
            <td>${l.plantName} <span class="hint">(${l.product === 'shell' ? 'shells' : 'Stingers'})</span></td>
            <td><span aria-hidden="true">${glyph}</span> ${text}</td>
            <td>
              ${l.shifts}${l.pendingShifts.length ? html` <span class="hint">+${l.pendingShifts.length} from ${monthLabel(l.pendingShifts[0]!.readyMonth)}</span>` : ''}${l.weekend ? ' + weekends' : ''}
            </td>
            <td>${out === undefined ? '—' : fmt(out)}</td>
            <td class="actions">
              ${
                canShift
                  ? html`<button
                      data-tutorial=${l.id === 'gd-iowa' ? 'add-shift' : ''}
                      @click=${() => a.order({ kind: 'addShift', nationId: acting, lineId: l.id })}
                      aria-label="Add a shift at ${l.plantName}: ${fmtEur(l.overtimeEurPerMonth)} a month, ${fmt(l.workersPerShift)} skilled workers, from ${monthLabel(st.month + st.rules.shiftLeadMonths)}"
                    >
                      + shift
                    </button>`
                  : ''
              }
              ${
                l.status === 'running'
                  ? html`<button
                      @click=${() => a.order({ kind: 'weekendWork', nationId: acting, lineId: l.id, on: !l.weekend })}
                      aria-label="${l.weekend ? 'Stop' : 'Start'} weekend work at ${l.plantName} (${fmtEur(l.overtimeEurPerMonth)} a month)"
                    >
                      ${l.weekend ? 'stop weekends' : '+ weekends'}
                    </button>`
                  : ''
              }
              ${
                l.status === 'mothballed'
                  ? html`<button
                      @click=${() => a.order({ kind: 'reactivateLine', nationId: acting, lineId: l.id })}
                      aria-label="Reactivate ${l.plantName}: ${fmtEur(l.reactivationCostEur)}, first output ${monthLabel(st.month + l.reactivationMonths)}"
                    >
                      reactivate
                    </button>`
                  : ''
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

function plantsView(s: SessionState, st: GameState, a: Session) {
  return html`<section aria-labelledby="plants-title" class="card">
    <h3 id="plants-title">New plants (paid by ${st.nations.find((n) => n.id === s.acting)?.name})</h3>
    <p class="hint">
      A state-funded plant needs no contract. Half of all plants slip ${st.rules.plantSlipMinMonths}–${st.rules.plantSlipMaxMonths} months; once open, a plant
      takes about two years to reach full rate.
    </p>
    <ul class="plants">
      ${st.templates.map((t) => {
        const cost = plantCostEur(st, s.acting, t);
        return html`<li>
          <div><strong>${t.plantName}</strong> <span class="hint">(${t.nationId})</span></div>
          <div>
            ${fmt(t.capacityPerShift)} ${t.product === 'shell' ? 'shells' : 'Stingers'} a month per shift · ${fmtEur(cost)} · opens
            ${monthLabel(st.month + t.buildMonths)} at the earliest
          </div>
          <button
            @click=${() => a.order({ kind: 'fundPlant', nationId: s.acting, templateId: t.id })}
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
  const n = st.nations.find((x) => x.id === s.acting)!;
  return html`<section aria-labelledby="draw-title" class="card" data-tutorial="drawdown">
    <h3 id="draw-title">Send from ${n.name}'s stocks</h3>
    ${(['shell', 'stinger'] as Product[]).map((p) => {
      const max = Math.max(0, n.stock[p] - n.hardFloor[p]);
      const id = `draw-${p}`;
      const step = p === 'shell' ? 1000 : 10;
      const current = Number((document.getElementById(id) as HTMLInputElement | null)?.value ?? 0);
      const amount = Math.min(current, max);
      const { capital, belowFloor } = drawdownCost(n, p, amount);
      const label = p === 'shell' ? 'Shells to send' : 'Stingers to send';
      return html`<div class="drawdown">
        <label for=${id}>${label}</label>
        <input
          type="range"
          id=${id}
          min="0"
          max=${max}
          step=${step}
          .value=${String(amount)}
          @input=${() => a.store.setState({})}
          aria-describedby="${id}-effect"
        />
        <output id="${id}-effect" for=${id}
          >${fmt(amount)} now · stock after ${fmt(n.stock[p] - amount)} (readiness floor ${fmt(n.readinessFloor[p])}, hard floor
          ${fmt(n.hardFloor[p])})${capital ? ` · ${fmt(belowFloor)} below the floor: costs ${capital} political capital and support` : ''}</output
        >
        <button
          ?disabled=${amount === 0}
          @click=${() => {
            a.order({ kind: 'drawdown', nationId: n.id, product: p, amount });
            (document.getElementById(id) as HTMLInputElement).value = '0';
          }}
        >
          Send ${p === 'shell' ? 'shells' : 'Stingers'}
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
    ${orderResultView(s.lastResult)} ${summary(s, st, nation)} ${drawdownView(s, st, a)} ${buyView(st, a)} ${linesView(s, st, a)} ${plantsView(s, st, a)}
  `;
}
