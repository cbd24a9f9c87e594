/**
 * The trainer's controls at the front of the room: pause (End turn is off
 * with the reason shown), fire any event of the scenario now, show or hide
 * the intelligence on Russia and the teams' scores, and a big-type class view
 * of the turn's figures and the front for the projector. Each control is a
 * trainer order, recorded in the replay (share/facilitation.ts).
 */
import { html } from 'lit-html';
import { canFacilitate, type Facilitation } from '../../share/facilitation';
import { lastTurnReports, movedSectors, turnMoves } from '../../share/front-moves';
import { averageFireRatioBp, TRAINER, type DeepReadonly, type GameEvent } from '../../sim';
import { facilitationNow } from '../common/facilitation';
import { fmt, fmtRatio, say } from '../common/format';
import { turnPosition } from '../common/turn-text';
import type { SessionState } from '../store';

export function facilitatorView(s: SessionState) {
  const g = s.game?.getState();
  if (!g || !s.facilitating) return '';
  if (!canFacilitate(g.content))
    return html`<section class="card facilitator" aria-labelledby="facilitator-title">
      <h3 id="facilitator-title">Trainer's controls</h3>
      <p role="status">This class's file does not allow live controls: prepare it on the trainer's desk with "Facilitated" ticked.</p>
    </section>`;
  const f = facilitationNow(g);
  // In the order the scenario would bring them, so the trainer finds "next spring's" event where it falls.
  const unfired = g.content.events.filter((e) => !g.preview.state.firedEvents.includes(e.id)).sort((a, b) => dueMonth(a) - dueMonth(b));
  const own = g.pendingOf(TRAINER);
  return html`<section class="card facilitator" aria-labelledby="facilitator-title" data-testid="facilitator">
    <h3 id="facilitator-title">Trainer's controls</h3>
    <div class="row">
      <button @click=${() => s.facilitate(f.paused ? 'resume' : 'pause')} aria-pressed=${f.paused ? 'true' : 'false'}>
        ${f.paused ? 'Resume the class' : 'Pause the class'}
      </button>
      <button @click=${() => s.setClassView(!s.classView)} aria-pressed=${s.classView ? 'true' : 'false'}>
        ${s.classView ? 'Back to the panels' : 'Class view (big type)'}
      </button>
    </div>
    ${s.classView ? '' : controlsView(s, f, unfired.length ? unfired : [], own.length)}
  </section>`;
}

/** Injects, what is shown, undo and status: off the projector while the class view is up. */
function controlsView(s: SessionState, f: Facilitation, unfired: readonly DeepReadonly<GameEvent>[], own: number) {
  return html`<div class="row">
      <label
        >Fire an inject now
        <select aria-label="Inject to fire now" @change=${(e: Event) => s.pickInject((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${s.injectPick === ''}>Choose an event…</option>
          ${unfired.map((e) => html`<option value=${e.id} ?selected=${s.injectPick === e.id}>${e.title} (${e.source.date})</option>`)}
        </select>
      </label>
      <button ?disabled=${!s.injectPick} @click=${() => s.fireInject()}>Fire now</button>
    </div>
    <div class="row">
      <button @click=${() => s.facilitate(f.russiaHidden ? 'revealRussia' : 'hideRussia')}>
        ${f.russiaHidden ? 'Show the intelligence on Russia' : 'Hide the intelligence on Russia'}
      </button>
      <button @click=${() => s.facilitate(f.scoresHidden ? 'revealScores' : 'hideScores')}>
        ${f.scoresHidden ? "Show every team's score" : "Hide other teams' scores"}
      </button>
      <button ?disabled=${own === 0} @click=${() => s.undoFacilitator()}>Undo my last control (${own})</button>
    </div>
    <p class="hint" data-testid="facilitation-status">
      ${f.paused ? 'Paused: End turn is off until you resume. ' : ''}Intelligence on Russia ${f.russiaHidden ? 'hidden' : 'shown'}; other teams' scores
      ${f.scoresHidden ? 'hidden' : 'shown'}. Each control is kept in the game's replay.
    </p>`;
}

/** When an event's own trigger could first fire it. */
function dueMonth(e: DeepReadonly<GameEvent>): number {
  return e.trigger.kind === 'month' ? e.trigger.month : e.trigger.fromMonth;
}

/** The projector's view: the turn, the war's figures in big type, the last turn's moves on the front. */
export function classViewPanel(s: SessionState) {
  const g = s.game!.getState();
  const st = g.game;
  const last = g.history.at(-1)?.report;
  const turn = lastTurnReports(
    g.history.map((h) => h.report),
    g.content,
  );
  const moved = movedSectors(turnMoves(turn));
  const f = facilitationNow(g);
  const names = { content: g.content, game: g.preview.state };
  const injected = g.pending.filter((o) => o.kind === 'inject');
  const figures: [string, string][] = [
    ['Ground lost', `${fmt(st.tally.russianGainKm2)} km²`],
    ['Fire ratio, average', last ? fmtRatio(averageFireRatioBp(st)) : '—'],
    ["Ukraine's shells", fmt(g.preview.state.ukraine.stock.shell ?? 0)],
    ['Allied output last month', last ? fmt(last.summary.natoArtillery) : '—'],
    ...(f.russiaHidden ? [] : ([['Russian fire last month', last ? fmt(last.summary.russiaFired) : '—']] as [string, string][])),
  ];
  return html`<section class="class-view" aria-labelledby="class-view-title" data-testid="class-view">
    <h2 id="class-view-title">${turnPosition(g.content, st.month)}${f.paused ? ' · paused' : ''}</h2>
    <dl>
      ${figures.map(
        ([k, v]) =>
          html`<div>
            <dt>${k}</dt>
            <dd>${v}</dd>
          </div>`,
      )}
    </dl>
    ${injected.length ? html`<p class="class-view-inject">Inject: ${injected.map((o) => (o.kind === 'inject' ? say({ id: 'event', params: { event: o.eventId } }, names) : '')).join('; ')}</p>` : ''}
    <h3>The front last turn</h3>
    <ul>
      ${
        moved.length
          ? moved.map((x) => {
              const name = g.content.sectors.find((c) => c.id === x.sector)?.name ?? x.sector;
              return html`<li>${name}: ${x.gainKm2 > 0 ? `Russia +${fmt(x.gainKm2)} km²` : `Ukraine +${fmt(-x.gainKm2)} km²`}</li>`;
            })
          : html`<li>${last ? 'No sector moved.' : 'The first turn has not been played yet.'}</li>`
      }
    </ul>
  </section>`;
}
