/** The game screen: the month's heads-up bar, the map, and the panels beside it. */
import { html } from 'lit-html';
import { monthLabel, monthlyBudgetEur, nationSpec } from '../../sim';
import type { Session, SessionState, Tab } from '../session';
import { chartsView } from './charts';
import { decideView } from './decide';
import { fmt, fmtBp, fmtEur, fmtRatio } from './format';
import { mapDetailsView } from './map-details';
import { negotiationView } from './negotiation';
import { newsView } from './news';
import { politicsView } from './politics';
import { reportView } from './report';
import { tutorialView } from './tutorial';

const TABS: [Tab, string][] = [
  ['decide', 'Decisions'],
  ['politics', 'Politics'],
  ['news', 'News & intelligence'],
  ['report', 'Last month'],
  ['charts', 'Charts'],
  ['map', 'Map details'],
];

export function gameView(s: SessionState, a: Session) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const nation = st.nations.find((n) => n.id === s.acting) ?? st.nations[0]!;
  const last = g.history.at(-1);
  const canAct = (id: string) => g.humanNations.includes(id);
  const panels: Record<Tab, () => unknown> = {
    decide: () => decideView(s, a),
    politics: () => politicsView(s, a),
    news: () => newsView(s, a),
    report: () => reportView(s, a),
    charts: () => chartsView(s),
    map: () => mapDetailsView(s),
  };
  return html`
    <header class="hud">
      <div class="hud-title">
        <strong>${s.scenario!.title}</strong>
        <span data-testid="month">${monthLabel(st.month)} · month ${st.turn + 1} of ${g.content.endMonth - g.content.startMonth + 1}</span>
      </div>
      <label class="hud-acting"
        >Acting for
        <select data-tutorial="acting" @change=${(e: Event) => a.setActing((e.target as HTMLSelectElement).value)}>
          ${st.nations.filter((n) => canAct(n.id)).map((n) => html`<option value=${n.id} ?selected=${n.id === s.acting}>${nationSpec(g.content, n.id)?.name}</option>`)}
        </select>
      </label>
      <dl class="hud-figures">
        <div>
          <dt>Funds</dt>
          <dd data-testid="funds">${fmtEur(nation.fundsEur)}</dd>
        </div>
        <div>
          <dt>Budget a month</dt>
          <dd>${fmtEur(monthlyBudgetEur(g.content, nation))}</dd>
        </div>
        <div>
          <dt>Political capital</dt>
          <dd>${nation.politicalCapital}</dd>
        </div>
        <div>
          <dt>Support</dt>
          <dd>${fmtBp(nation.supportBp)}</dd>
        </div>
        <div>
          <dt>Fire ratio</dt>
          <dd>${last ? fmtRatio(last.report.summary.fireRatioBp) : '—'}</dd>
        </div>
        <div>
          <dt>Ground lost</dt>
          <dd>${fmt(st.tally.russianGainKm2)} km²</dd>
        </div>
      </dl>
      <div class="hud-actions">
        <button @click=${() => a.undo()} ?disabled=${g.pending.length === 0} aria-keyshortcuts="Control+Z">Undo (${g.pending.length})</button>
        <button class="primary" data-tutorial="end-month" @click=${() => a.endMonth()}>End month</button>
        <button @click=${() => a.toggleHowToPlay(true)}>Help</button>
        <button @click=${() => a.backToMenu()}>Menu</button>
      </div>
    </header>
    <div class="layout">
      <div class="map-wrap">
        <div
          id="map"
          role="img"
          aria-label="Map of Europe and Ukraine: plants, front sectors and supply flows. The Map details tab lists the same information as text."
        ></div>
      </div>
      <aside class="panel">
        <div role="tablist" aria-label="Panels" class="tabs">
          ${TABS.map(
            ([id, label]) =>
              html`<button
                role="tab"
                id="tab-${id}"
                aria-controls="panel"
                aria-selected=${s.tab === id ? 'true' : 'false'}
                tabindex=${s.tab === id ? 0 : -1}
                data-tutorial="tab-${id}"
                @click=${() => a.setTab(id)}
                @keydown=${(e: KeyboardEvent) => moveTab(e, a, s.tab)}
              >
                ${label}
              </button>`,
          )}
        </div>
        <section id="panel" role="tabpanel" aria-labelledby="tab-${s.tab}" tabindex="0">${panels[s.tab]()}</section>
      </aside>
    </div>
    <p class="sr-only" aria-live="polite" data-testid="live">
      ${last ? `${monthLabel(last.report.month)} resolved: NATO made ${fmt(last.report.summary.natoArtillery)} artillery rounds, Russia ${fmt(last.report.summary.russiaShells)}; fire ratio ${fmtRatio(last.report.summary.fireRatioBp)}; Russia ${last.report.summary.russianGainKm2 >= 0 ? `gained ${fmt(last.report.summary.russianGainKm2)}` : `lost ${fmt(-last.report.summary.russianGainKm2)}`} km².` : ''}
    </p>
    ${negotiationView(s, a)} ${tutorialView(s, a)}
  `;
}

function moveTab(e: KeyboardEvent, a: Session, current: Tab) {
  const i = TABS.findIndex(([id]) => id === current);
  const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : -1;
  if (next < 0) return;
  e.preventDefault();
  a.setTab(TABS[next]![0]);
  requestAnimationFrame(() => document.getElementById(`tab-${TABS[next]![0]}`)?.focus());
}
