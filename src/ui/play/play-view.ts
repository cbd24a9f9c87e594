/** The game screen: the month's heads-up bar, the map, and the panels beside it. */
import { html } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { movedLastTurn } from '../../share/front-moves';
import { monthLabel } from '../../sim';
import { fmt, fmtRatio } from '../common/format';
import { chartsView } from '../report/charts-view';
import { reportView } from '../report/report-view';
import type { SessionState } from '../store';
import { TABS, tabLabel } from './tabs';
import { decideView } from './decide-view';
import { classViewPanel, facilitatorView } from './facilitator-view';
import { handoverView } from './handover-view';
import { hudView } from './hud-view';
import { liveBarView } from '../live/live-bar-view';
import { mapDetailsView } from './map-details-view';
import { ownPending } from './month-orders';
import { negotiationView } from './negotiation-view';
import { newsView } from './news-view';
import { ordersView } from './orders-view';
import { oddsView } from './odds/odds-view';
import type { Tab } from './play-slice';
import { politicsView } from './politics-view';
import { saveCopyView } from './save-copy-view';
import { tutorialView } from './tutorial-view';
import { warningsView } from './warnings-view';

const PANELS: Record<Tab, (s: SessionState) => unknown> = {
  decide: decideView,
  orders: ordersView,
  odds: oddsView,
  politics: politicsView,
  news: newsView,
  report: reportView,
  charts: chartsView,
  map: mapDetailsView,
};

// Keyed by the hotseat team at the laptop: the next team gets fresh panels, with none of the folds the team before opened.
export function playView(s: SessionState) {
  return html`
    ${hudView(s)}
    <div class="layout">
      <div class="map-wrap">
        <div
          id="map"
          role="img"
          aria-label=${mapLabel(s)}
          data-moved=${movedNow(s)
            .map((x) => x.sector)
            .join(' ')}
        ></div>
        <div class="map-foot">
          ${s.handover ? '' : tutorialView(s)}
          <p class="map-key" data-testid="map-key">
            Sector labels, numbered like the sectors' dots: the fire ratio, Russian rounds to each Ukrainian one (lower is better for Ukraine); then ▼ the km²
            Russia took last month (red box) or ▲ the km² Ukraine took back (blue), ■ none, "all taken" when Russia holds all of it. The bar: the share of its
            first ground Ukraine still holds.
          </p>
        </div>
      </div>
      <aside class="panel">
        ${liveBarView(s)} ${facilitatorView(s)}
        ${
          s.facilitating && s.classView
            ? classViewPanel(s)
            : html`${warningsView(s)}
                <div role="tablist" aria-label="Panels" class="tabs">${TABS.map(([id]) => tabView(s, id, tabLabel(id, s.game!.getState().content)))}</div>
                <section id="panel" role="tabpanel" aria-labelledby="tab-${s.tab}" tabindex="0" aria-busy=${s.resolving ? 'true' : 'false'}>
                  ${keyed(s.game!.getState().teamIndex, PANELS[s.tab](s))}
                </section>`
        }
      </aside>
    </div>
    <p class="sr-only" aria-live="polite" data-testid="live">${resolvedText(s)}</p>
    ${negotiationView(s)} ${handoverView(s)} ${saveCopyView(s)}
  `;
}

function tabView(s: SessionState, id: Tab, label: string) {
  return html`<button
    role="tab"
    id="tab-${id}"
    aria-controls="panel"
    aria-selected=${s.tab === id ? 'true' : 'false'}
    tabindex=${s.tab === id ? 0 : -1}
    data-tutorial="tab-${id}"
    @click=${() => s.setTab(id)}
    @keydown=${(e: KeyboardEvent) => moveTab(e, s)}
  >
    ${label}${id === 'orders' ? ordersNote(s) : ''}
  </button>`;
}

/** The Orders tab counts the month's orders, and flags a standing order skipped at the month's start (the month opens on its report). */
function ordersNote(s: SessionState) {
  const g = s.game!.getState();
  const skipped = g.standingIssued.some((i) => i.results.some((r) => !r.ok));
  return html` (${ownPending(g).own})${skipped ? html` <span aria-hidden="true">⚠</span><span class="sr-only">, a standing order was skipped</span>` : ''}`;
}

/** The sectors the map marks: those that moved in the last turn played. */
function movedNow(s: SessionState) {
  const g = s.game!.getState();
  return movedLastTurn(
    g.history.map((h) => h.report),
    g.content,
  );
}

/** The map for screen readers, with the sectors it marks as moved last turn. */
function mapLabel(s: SessionState): string {
  const g = s.game!.getState();
  const moved = movedNow(s).map((x) => g.content.sectors.find((y) => y.id === x.sector)?.name ?? x.sector);
  return (
    'Map of Europe and Ukraine: plants, front sectors and supply flows. The Map details tab lists the same information as text.' +
    (moved.length ? ` Marked as moved in the last turn: ${moved.join(', ')}.` : '')
  );
}

/** What the last month did, read out by screen readers when it is resolved; "Resolving…" while it is. */
function resolvedText(s: SessionState): string {
  if (s.resolving) return `Resolving ${monthLabel(s.game!.getState().game.month)}…`;
  const last = s.game!.getState().history.at(-1);
  if (!last) return '';
  const m = last.report.summary;
  return `${monthLabel(last.report.month)} resolved: NATO made ${fmt(m.natoArtillery)} artillery rounds, Russia ${fmt(m.russiaShells)}; fire ratio ${fmtRatio(m.fireRatioBp)}; Russia ${m.russianGainKm2 >= 0 ? `gained ${fmt(m.russianGainKm2)}` : `lost ${fmt(-m.russianGainKm2)}`} km².`;
}

/** Arrow keys move between tabs; the new tab takes the focus once it is drawn. */
function moveTab(e: KeyboardEvent, s: SessionState) {
  const i = TABS.findIndex(([id]) => id === s.tab);
  const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : -1;
  if (next < 0) return;
  e.preventDefault();
  s.setTab(TABS[next]![0]);
  requestAnimationFrame(() => document.getElementById(`tab-${TABS[next]![0]}`)?.focus());
}
