/** The map as text: every front sector and plant with its state, for keyboard and screen-reader users. */
import { html } from 'lit-html';
import { plantNameOf } from '../../sim';
import { fmt, fmtBp, fmtRatio } from '../common/format';
import type { SessionState } from '../store';
import { statusGlyph } from './line-status';

export function mapDetailsView(s: SessionState) {
  return html`${sectorsTable(s)} ${plantsList(s)}`;
}

/** One row a sector (a sentence each read 50 words a sector in a play-test; a table says it in ten). */
function sectorsTable(s: SessionState) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const last = g.history.at(-1)?.report;
  return html`<section class="card" aria-labelledby="sectors-title">
    <h3 id="sectors-title">Front sectors</h3>
    <table data-testid="sectors">
      <thead>
        <tr>
          <th scope="col">Sector</th>
          <th scope="col">Ukraine holds</th>
          <th scope="col">Fortification</th>
          <th scope="col">Troops, Ukrainian : Russian</th>
          ${
            last
              ? html`<th scope="col">Fire ratio last month</th>
                  <th scope="col">Ground last month</th>`
              : ''
          }
        </tr>
      </thead>
      <tbody>
        ${st.sectors.map(
          (x) =>
            html`<tr tabindex="0">
              <th scope="row">${g.content.sectors.find((c) => c.id === x.id)?.name}</th>
              <td>${fmt(x.ukraineHeldKm2)} km²</td>
              <td>${fmtBp(x.fortificationBp)}</td>
              <td>${fmt(x.ukraineTroops)} : ${fmt(x.russiaTroops)}</td>
              ${
                last
                  ? html`<td>${fmtRatio(x.lastRatioBp)}</td>
                      <td>${x.lastGainKm2 >= 0 ? `Russia +${fmt(x.lastGainKm2)} km²` : `Ukraine +${fmt(-x.lastGainKm2)} km²`}</td>`
                  : ''
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

/** Every plant with its state, folded under a count: the Decisions tab shows the acting nation's own lines. */
function plantsList(s: SessionState) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const last = g.history.at(-1)?.report;
  const running = st.lines.filter((l) => l.status === 'running').length;
  return html`<details class="card folded-card" data-testid="plants-list">
    <summary><h3 id="plants-list-title">Plants (${st.lines.length}, ${running} running)</h3></summary>
    <ul>
      ${st.lines.map((l) => {
        const out = last?.entries.find((e) => e.id === `prod:${l.id}`)?.delta;
        const { glyph, text } = statusGlyph(g.content, l, out);
        return html`<li tabindex="0">
          <span aria-hidden="true">${glyph}</span> <strong>${plantNameOf(g.content, l)}</strong> (${l.nationId}):
          ${text}${out !== undefined ? `, made ${fmt(out)} last month` : ''}.
        </li>`;
      })}
    </ul>
  </details>`;
}
