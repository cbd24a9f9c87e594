/** The map as text: every plant and front sector with its state, for keyboard and screen-reader users. */
import { html } from 'lit-html';
import { plantNameOf } from '../../sim';
import { fmt, fmtBp, fmtRatio } from '../common/format';
import type { SessionState } from '../store';
import { statusGlyph } from './line-status';

export function mapDetailsView(s: SessionState) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const last = g.history.at(-1)?.report;
  return html`
    <section class="card" aria-labelledby="sectors-title">
      <h3 id="sectors-title">Front sectors</h3>
      <ul>
        ${st.sectors.map(
          (x) =>
            html`<li tabindex="0">
              <strong>${g.content.sectors.find((c) => c.id === x.id)?.name}</strong>: Ukraine holds ${fmt(x.ukraineHeldKm2)} km² of the sector; fortification
              ${fmtBp(x.fortificationBp)}; troops ${fmt(x.ukraineTroops)} Ukrainian vs ${fmt(x.russiaTroops)} Russian.
              ${last ? html`Last month fire ratio ${fmtRatio(x.lastRatioBp)}, ${x.lastGainKm2 >= 0 ? `Russia gained ${fmt(x.lastGainKm2)} km²` : `Ukraine regained ${fmt(-x.lastGainKm2)} km²`}.` : ''}
            </li>`,
        )}
      </ul>
    </section>
    <section class="card" aria-labelledby="plants-list-title">
      <h3 id="plants-list-title">Plants</h3>
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
    </section>
  `;
}
