/** The game's heads-up bar: the month, who acts, the acting nation's figures, Undo, End month, Help and Menu. */
import { html } from 'lit-html';
import { copyText } from '../common/copy-text';
import { averageFireRatioBp, monthlyBudgetEur, nationSpec } from '../../sim';
import { endTurnLabel, turnPosition } from '../common/turn-text';
import { fmt, fmtBp, fmtEur, fmtRatio } from '../common/format';
import type { SessionState } from '../store';
import { facilitationNow } from '../common/facilitation';

export function hudView(s: SessionState) {
  const paused = facilitationNow(s.game!.getState()).paused;
  const g = s.game!.getState();
  const st = g.preview.state;
  const nation = st.nations.find((n) => n.id === s.acting) ?? st.nations[0]!;
  const last = g.history.at(-1);
  const nameOf = (id: string) => nationSpec(g.content, id)?.name ?? id;
  // In alphabetical order of the names a player reads, not of the ids.
  const actors = g.seat.map((id) => ({ id, name: nameOf(id) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return html`<header class="hud">
    <div class="hud-title">
      <strong title=${s.scenario!.title}>${s.scenario!.title}</strong>
      <span
        ><span data-testid="month">${turnPosition(g.content, st.month)}</span>
        <span class="hud-seed" data-testid="hud-seed" title="This war's seed: anyone who starts this scenario with it faces the same war"
          >· seed ${st.seed}</span
        ></span
      >
      ${contextLine(s)}
    </div>
    ${teamLabel(s)} ${actingView(s, actors)}
    <dl class="hud-figures" aria-label="${nameOf(nation.id)}">
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
    </dl>
    <dl class="hud-figures hud-alliance" aria-label="The war, alliance-wide">
      <div>
        <dt>Fire ratio, average</dt>
        <dd
          data-testid="fire-ratio"
          title=${last ? `${fmtRatio(last.report.summary.fireRatioBp)} in the last month; the objective scores the average (each month counted up to its cap)` : ''}
        >
          ${last ? html`${fmtRatio(averageFireRatioBp(st))} <span class="hint">last ${fmtRatio(last.report.summary.fireRatioBp)}</span>` : '—'}
        </dd>
      </div>
      <div>
        <dt>${st.tally.russianGainKm2 < 0 ? 'Ground regained' : 'Ground lost'}</dt>
        <dd>${fmt(Math.abs(st.tally.russianGainKm2))} km²</dd>
      </div>
    </dl>
    <div class="hud-actions">
      <button @click=${() => s.undo()} ?disabled=${g.pendingOf(s.acting).length === 0} aria-keyshortcuts="Control+Z">
        Undo (${g.pendingOf(s.acting).length})
      </button>
      <button
        class="primary"
        data-tutorial="end-month"
        ?disabled=${s.resolving || s.settling || paused || s.live?.held === true}
        title=${paused ? 'Paused by your trainer' : ''}
        aria-busy=${s.resolving ? 'true' : 'false'}
        @click=${() => s.endMonth()}
      >
        ${s.resolving ? 'Resolving…' : endLabel(s)}
      </button>
      ${paused ? html`<span class="paused" role="status" data-testid="paused">Paused by your trainer</span>` : ''} ${shareButton(s, g.history.length)}
      ${s.live || g.history.length === 0 ? '' : html`<button @click=${() => s.askSaveCopy(true)} title="Keep this game as it is now under a name, among the saved games">Save a copy…</button>`}
      ${s.sharedLink ? html`<input class="shared-link" readonly aria-label="The link to share, to copy by hand" .value=${s.sharedLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />` : ''}
      ${s.shareStatus ? html`<span role="status" class="hud-status" data-testid="share-status">${s.shareStatus}</span>` : ''}
      <button @click=${() => s.toggleHowToPlay(true)}>Help</button>
      <button @click=${() => s.backToMenu()}>Menu</button>
    </div>
  </header>`;
}

/** What game this is, when it is not an ordinary one: a challenge and its score to beat, or a branch of a shared game. */
function contextLine(s: SessionState) {
  const branch = s.game!.getState().branch;
  const text = s.challenge
    ? `Challenge “${s.challenge.title}”: to beat ${s.challenge.balanced.score}/100`
    : branch
      ? `A branch: played on from month ${branch.months} of a shared game`
      : '';
  return text ? html`<span class="hud-context" data-testid="hud-context">${text}</span>` : '';
}

/** Hotseat: which team has the laptop, and where it stands in the turn's order. */
function teamLabel(s: SessionState) {
  const g = s.game!.getState();
  const team = g.teams[g.teamIndex];
  if (!team) return '';
  return html`<span class="hud-team" data-testid="team-now"
    ><strong>${team.name}</strong> <span class="hint">team ${g.teamIndex + 1} of ${g.teams.length}</span></span
  >`;
}

/** "End month", or in hotseat, before the last team, "Done: pass to Team 2". */
function endLabel(s: SessionState): string {
  const g = s.game!.getState();
  const next = g.teams[g.teamIndex + 1];
  return next ? `Done: pass to ${next.name}` : endTurnLabel(g.content);
}

/**
 * Share: the replay of the game so far once a month is played; before that, the war itself (scenario and seed), as a
 * seed is what a hobbyist shares first (hobbyist play-test: no Share in the first month). A scenario from a file has no link.
 */
function shareButton(s: SessionState, played: number) {
  if (s.live || (played === 0 && s.scenarioFromFile)) return '';
  const title =
    played === 0
      ? 'Copy a link to this war: whoever opens it plays the same scenario and seed from the start'
      : 'Copy a link that replays this game so far: anyone who opens it watches it month by month and can play on from any month';
  return html`<button @click=${(e: Event) => void shareGame(s, e)} title=${title}>Share</button>`;
}

/** Copies the link Share gives; when the browser will not, the link stays in a field to copy by hand. */
async function shareGame(s: SessionState, e: Event) {
  const opening = s.game!.getState().history.length === 0;
  const link = opening ? s.shareLink() : s.replayLink();
  if (!link) return;
  s.showSharedLink(link);
  const said = await copyText(link, document.querySelector<HTMLInputElement>('.shared-link'), 'link');
  // The field stays only when the link could not be copied, to copy by hand (play-test: it squeezed the bar's buttons).
  if (said === 'Copied.') s.showSharedLink(null, opening ? 'Link to this war copied: the same scenario and seed.' : 'Replay link copied.');
  else s.showSharedLink(link, said);
  if (said === 'Copied.') (e.target as HTMLElement).focus();
}

/** Whom the orders are for: a choice when the seat holds several nations, a plain name when it holds one (trainer play-test: a one-option list). */
function actingView(s: SessionState, actors: readonly { id: string; name: string }[]) {
  if (actors.length === 1) return html`<p class="hud-acting" data-tutorial="acting" data-testid="acting">Playing <strong>${actors[0]!.name}</strong></p>`;
  return html`<label class="hud-acting"
    >Acting for
    <select data-tutorial="acting" @change=${(e: Event) => s.setActing((e.target as HTMLSelectElement).value)}>
      ${actors.map((n) => html`<option value=${n.id} ?selected=${n.id === s.acting}>${n.name}</option>`)}
    </select>
  </label>`;
}
