/**
 * The month's decisions for the acting nation: what this month's orders commit,
 * buying through negotiation, the signed contracts, capacity levers on lines, new plants, and
 * drawdowns from stocks. Every control says its cost, when its output arrives
 * and what it does to readiness before it is used. Products, firms and lines
 * come from the scenario's content; none is named here.
 */
import { html } from 'lit-html';
import { applyBp, inputPlantCostEur, nationSpec, plantCostEur, type GameState, type NationState, type ScenarioContent } from '../../sim';
import { fmt, fmtEur, orderResultView } from '../common/format';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';
import { buyView } from './buy-view';
import { classRulesView } from './class-rules-view';
import { contractsView } from './contracts-view';
import { drawdownView } from './drawdown-view';
import { floorPlanView } from './floor-plan-view';
import { linesView } from './lines-view';
import { plantsView } from './plants-view';
import { inputPlantsView } from './input-plants-view';
import { idleFunds } from './idle-funds';

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
    } else if (o.kind === 'fundInputPlant')
      plants += inputPlantCostEur(
        c,
        g.game.nations.find((n) => n.id === nation.id),
        o.plantId,
      );
    else if (o.kind === 'addShift' || (o.kind === 'weekendWork' && o.on)) overtime += st.lines.find((l) => l.id === o.lineId)?.overtimeEurPerMonth ?? 0;
    else if (o.kind === 'drawdown') drawn[o.product] = (drawn[o.product] ?? 0) + o.amount;
  });
  return { monthly, drawn, advance, plants, overtime };
}

function summary(s: SessionState, st: GameState, nation: NationState) {
  const c = s.game!.getState().content;
  const { monthly, drawn, advance, plants, overtime } = commitments(s, st, nation);
  const turn = turnWord(c);
  const total = Object.values(monthly).reduce((sum, x) => sum + x, 0) + overtime;
  const any = total > 0 || advance > 0 || plants > 0 || Object.keys(drawn).length > 0;
  return html`<section aria-labelledby="alloc-title" class="card" data-tutorial="allocation">
    <h3 id="alloc-title">${nationSpec(c, nation.id)?.name}: this ${turn}'s orders</h3>
    <p>Funds now <strong>${fmtEur(nation.fundsEur)}</strong> (after this ${turn}'s orders).${any ? '' : ` Nothing ordered yet this ${turn}.`}</p>
    ${idleView(c, st, nation)} ${any ? commitmentsTable(c, { monthly, drawn, advance, plants, overtime, total }) : ''}
  </section>`;
}

/** A year's budget or more unspent, and spending below income: said, with where money goes to work. */
function idleView(c: ScenarioContent, st: GameState, nation: NationState) {
  const idle = idleFunds(c, st, nation);
  if (!idle) return '';
  return html`<p class="idle-funds" data-testid="idle-funds">
    That is ${idle.months} months of its budget, and it spends only ${fmtEur(idle.spendEur)} of ${fmtEur(idle.budgetEur)} a month: money helps Ukraine only once
    committed to a contract, a shift or a plant.
  </p>`;
}

/** What the orders commit, only the rows that commit something (a row of zeros is only reading; play-test: five of six were zero). */
function commitmentsTable(c: ScenarioContent, x: ReturnType<typeof commitments> & { total: number }) {
  const { monthly, drawn, advance, plants, overtime, total } = x;
  const row = (label: string, eur: number) =>
    eur
      ? html`<tr>
          <th scope="row">${label}</th>
          <td>${fmtEur(eur)} a month</td>
          <td>${bar(eur, total)}</td>
        </tr>`
      : '';
  const once = (label: string, value: string) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value}</td>
      <td></td>
    </tr>`;
  const sent = c.products
    .filter((p) => drawn[p.id])
    .map((p) => `${fmt(drawn[p.id]!)} ${p.plural}`)
    .join(', ');
  return html`<table class="alloc">
    <caption class="sr-only">
      What this ${turnWord(c)}'s orders commit
    </caption>
    <tbody>
      ${c.products.map((p) => row(p.plural, monthly[p.id] ?? 0))} ${row('Shifts and weekend work', overtime)}
      ${advance ? once('Advances paid now', fmtEur(advance)) : ''} ${plants ? once('New plants paid now', fmtEur(plants)) : ''}
      ${sent ? once('Drawn from stocks', sent) : ''}
    </tbody>
  </table>`;
}

function bar(part: number, total: number) {
  const pct = total ? Math.round((part * 100) / total) : 0;
  return html`<span class="bar" aria-hidden="true"><span style="width:${pct}%"></span></span>`;
}

export function decideView(s: SessionState) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const nation = st.nations.find((n) => n.id === s.acting) ?? st.nations[0]!;
  return html`
    ${orderResultView(s.lastResult, { content: g.content, game: st }, s.dismissResult)} ${classRulesView(g.content, st, nation.id)} ${summary(s, st, nation)}
    ${drawdownView(s, st)} ${floorPlanView(s)} ${buyView(s, st)} ${contractsView(s, st)} ${linesView(s, st)} ${plantsView(s, st)} ${inputPlantsView(s, st)}
  `;
}
