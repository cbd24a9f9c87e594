/**
 * The replay viewer: the shared game as it was, month by month. A timeline
 * (first, back, play or pause, forward, last, and a slider with one stop per
 * month; the keys ←, →, Home, End and Space do the same) with the turning
 * points marked; the map, the month's report with its Why? view, the orders
 * given that month and the charts up to it; "Play from here" to branch.
 */
import { html } from 'lit-html';
import { isTurnStart, monthLabel } from '../../sim';
import { namesFor } from '../../share/text/messages';
import { pendingText, standingText } from '../../share/text/orders';
import { standingForBranch } from '../../store/standing-orders';
import { turnWord } from '../common/turn-text';
import { chartsView } from '../report/charts-view';
import { reportView } from '../report/report-view';
import type { SessionState } from '../store';
import { copyText } from '../common/copy-text';
import { monthSlider } from './month-slider';
import { recordView } from './record-view';
import { watchedSession } from './watched-session';
import type { Watching } from './watch-slice';
import { turningPointsByMonth } from '../../share/review/turning-points';

/** Heavy bars (U+275A), not the pause sign (U+23F8): Debian's Chromium has no font with the sign and drew a box (play-test). */
const PAUSE = '❚❚ Pause';
const PLAY = '▶ Play';
const MARK_NAMES = { front: 'the front moved most', stock: "Ukraine's stock moved most", score: 'the score moved most' } as const;

export function watchView(s: SessionState) {
  const w = s.watching;
  if (!w && s.watchRecord) return recordView(s, s.watchRecord);
  if (!w)
    return html`<main class="menu watch">
      <p><a href="#/">← Race of Logistics</a></p>
      <h1>Replay</h1>
      ${
        s.watchWaiting !== null
          ? html`<p role="status">Opening the replay… (the scenarios are still loading)</p>`
          : html`<p class="error" role="alert" data-testid="watch-problem">This replay cannot be shown: ${s.watchProblem ?? 'no replay was opened'}.</p>
              <p>Your own game, if one is in progress, is untouched: <a href="#/">back to the menu</a>.</p>`
      }
    </main>`;
  const view = watchedSession(s, w);
  return html`<main class="watch" data-testid="watch">
    ${headerView(s, w)} ${timelineView(s, w)}
    <div class="layout">
      <div class="map-wrap">
        <div id="map" role="img" aria-label="Map of the front and the plants, ${monthText(w)}"></div>
      </div>
      <aside class="panel">
        <section id="panel" tabindex="-1" aria-label="The month's report">
          ${w.at === 0 ? html`<p>The opening position, before the first month.</p>` : reportView(view)}
        </section>
        ${ordersView(w)}
        <details class="card">
          <summary><h2>Charts up to ${monthText(w)}</h2></summary>
          ${chartsView(view)}
        </details>
      </aside>
    </div>
  </main>`;
}

function headerView(s: SessionState, w: Watching) {
  const g = w.game;
  const who = g.played
    ? `${g.played.length === 1 ? 'one nation' : `${g.played.length} nations`} played by a person, the rest by the ${g.policy ?? 'balanced'} policy`
    : 'every nation';
  const branch = g.branch ? html` · branched from another game after ${g.branch.months} months` : '';
  const finished = w.states.at(-1)!.finished;
  return html`<header class="watch-header">
    <p><a href="#/">← Race of Logistics</a></p>
    <h1>Replay: ${w.scenario.title}</h1>
    <p class="lede" data-testid="watch-verified">
      ✔ Re-simulated here: ${w.months.length} months${finished ? '' : ' (a game still in progress)'} · seed <code>${g.seed}</code> · ${who}${branch} · rules
      version ${g.rulesVersion}, final state hash <code>${g.finalHash}</code>.
    </p>
    <div class="row">
      ${branchButton(s, w)}
      <button @click=${(e: Event) => void copyLink(s, e)}>Copy this replay's link</button>
      <span role="status" data-testid="watch-status">${s.shareStatus}</span>
    </div>
  </header>`;
}

function branchButton(s: SessionState, w: Watching) {
  // Orders are given at a turn's first month: mid-turn, the new game starts from the turn's start (play-test: the button was only disabled).
  let from = w.at;
  while (from > 0 && !isTurnStart(w.content, w.states[from]!)) from--;
  const over = from === w.months.length && w.states.at(-1)!.finished;
  const why = over ? 'the game is over at this month: go back to a month to play on from it' : '';
  const after = (m: number) => (m === 0 ? 'the start' : `after ${monthLabel(w.content.startMonth + m - 1)}`);
  return html`<button class="primary" ?disabled=${over} title=${why} @click=${() => s.branchHere(from)} data-testid="branch">
      ${from === w.at ? `Play from here (${after(from)})` : `Play from this turn's start (${after(from)})`}
    </button>
    ${why ? html`<span class="hint">${why}</span>` : from !== w.at ? html`<span class="hint">a turn's orders are given at its first month</span>` : ''}
    ${over ? '' : standingThen(w, from)}`;
}

/** The standing orders a branch from here starts with (those its player had then), so a hobbyist knows the next month repeats them. */
function standingThen(w: Watching, from: number) {
  const kept = standingForBranch(w.game.standing ?? [], from).standingOrders ?? [];
  if (!kept.length) return '';
  const names = namesFor(w.content, w.states[from]!);
  const texts = kept.map((st) => standingText(st, names, turnWord(w.content)));
  return html`<span class="hint" data-testid="branch-standing">with the standing orders of then: ${texts.join('; ')}</span>`;
}

async function copyLink(s: SessionState, e: Event) {
  const link = `${location.href.replace(/#.*$/, '')}#/replay?g=${s.watching!.payload}`;
  const said = await copyText(link, null, 'link');
  s.showSharedLink(null, said === 'Copied.' ? 'Replay link copied.' : `${said} It is in the address bar.`);
  (e.target as HTMLElement).focus();
}

const monthText = (w: Watching) => (w.at === 0 ? 'the opening' : monthLabel(w.content.startMonth + w.at - 1));

function timelineView(s: SessionState, w: Watching) {
  const n = w.months.length;
  const at = (month: number) => (n === 0 ? 0 : (month / n) * 100);
  return html`<section class="card timeline" aria-label="Timeline" data-testid="timeline">
    <div class="row">
      <button @click=${() => s.watchAt(0)} ?disabled=${w.at === 0} title="Home">|◀ First</button>
      <button @click=${() => s.watchStep(-1)} ?disabled=${w.at === 0} title="←">◀ Back</button>
      <button class="primary" @click=${() => s.watchPlay(!w.playing)} title="Space" data-testid="play">${w.playing ? PAUSE : PLAY}</button>
      <button @click=${() => s.watchStep(1)} ?disabled=${w.at === n} title="→">Forward ▶</button>
      <button @click=${() => s.watchAt(n)} ?disabled=${w.at === n} title="End">Last ▶|</button>
      <strong aria-live="polite" data-testid="watch-month">${w.at === 0 ? 'The opening' : `${monthText(w)} · month ${w.at} of ${n}`}</strong>
    </div>
    <div class="slider">
      ${monthSlider({ months: n, at: w.at, valueText: monthText(w), onAt: (m) => s.watchAt(m) })}
      <div class="marks">
        ${turningPointsByMonth(w.marks).map(({ month: m, kinds }) => {
          const month = m - w.content.startMonth + 1;
          const said = `${monthLabel(m)}: ${kinds.map((k) => MARK_NAMES[k]).join('; ')}`;
          return html`<button class="mark mark-${kinds[0]}" style="left: ${at(month)}%" @click=${() => s.watchAt(month)} title=${said}>
            ⚑ <span class="sr-only">${said}</span>
          </button>`;
        })}
      </div>
    </div>
    <p class="hint">
      Turning points (⚑):
      ${w.marks.map((m, i) => html`${i ? '; ' : ''}<a href="#" @click=${(e: Event) => jump(e, s, m.month - w.content.startMonth + 1)}>${monthLabel(m.month)}</a>, ${MARK_NAMES[m.kind]}`)}.
      Keys: ← → a month, Home and End, Space to play or pause.
    </p>
  </section>`;
}

function jump(e: Event, s: SessionState, month: number) {
  e.preventDefault();
  s.watchAt(month);
}

/** Every order given in the month shown, by nation, with what the rules answered. */
function ordersView(w: Watching) {
  const month = w.months[w.at - 1];
  if (!month) return '';
  const names = namesFor(w.content, w.states[w.at]);
  const byActor = new Map<string, string[]>();
  for (const r of month.report.orders)
    byActor.set(r.order.actor, [...(byActor.get(r.order.actor) ?? []), `${pendingText(r, names)}${r.ok ? '' : ' (refused)'}`]);
  return html`<details class="card" data-testid="watch-orders">
    <summary><h2>Orders given in ${monthText(w)} (${month.orders.length})</h2></summary>
    ${
      byActor.size
        ? html`<ul class="entries">
            ${[...byActor].map(([actor, lines]) => html`<li><strong>${names.nation(actor)}</strong>: ${lines.join('; ')}</li>`)}
          </ul>`
        : html`<p>No orders this month.</p>`
    }
  </details>`;
}
