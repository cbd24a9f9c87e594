/**
 * The trainer's live desk (#/live): the class code to hand out, the board of
 * teams as the class server keeps it, the class's controls (pause, deadline,
 * injects, what teams see) and the results as teams finish. Without a class
 * running here, a form to open a running one again with its token.
 */
import { html } from 'lit-html';
import { LEVER_NAMES } from '../../share/text/messages';
import { monthLabel, type NationOrderKind } from '../../sim';
import { changeOne, decodeFloorLock, decodeLeverLocks, type LeverLocks } from '../../share/live/lever-locks';
import { fmt, fmtRatio, possessive } from '../common/format';
import { localOnlyHost, localOnlyText } from '../common/local-address';
import { classServerUrl, type Board, type BoardRow } from './live-connection';
import { savedDesks } from './live-desk';
import { countdown, deskCountdownText, fewTeams, isLate } from './deadline';
import { decidingText, injectReach, teamTurnText, type DeskPlan } from './desk-plan';
import type { SessionState } from '../store';
import type { LiveSession } from './live-slice';

export function liveDeskView(s: SessionState) {
  const live = s.live?.as === 'desk' && s.live.board ? s.live : null;
  return html`<main class="trainer live-desk">
    <h1>Live class</h1>
    <p><a href="#/trainer">Back to the trainer's desk</a> · <a href="#/">Menu</a></p>
    ${live ? runningView(s, live, live.board!) : reopenView(s)}
  </main>`;
}

function runningView(s: SessionState, live: LiveSession, board: Board) {
  return html`<section class="card" aria-labelledby="live-code-title">
      <h2 id="live-code-title">${board.title}</h2>
      <p class="live-code">Class code <strong data-testid="live-code">${board.code}</strong></p>
      <p class="hint">
        Teams open the game (${location.origin}${location.pathname}), choose <em>Join a live class</em> on the menu and type this code and their team's name.
        ${localWarning()} ${live.status === 'lost' ? html`<strong class="error">The class server cannot be reached: trying again…</strong>` : ''}
      </p>
      <!-- Where to type the token is said with it (trainer play-test: it was found only by exploring). -->
      <details>
        <summary data-testid="live-token-summary">
          ${
            live.tokenNew
              ? html`<strong>Write down your trainer's token now</strong> (click to show it): without it this desk opens again only in this browser`
              : 'To open this desk again (another browser, after closing this one)'
          }
        </summary>
        <p class="hint">
          Class code ${board.code}, trainer's token <code data-testid="live-token">${live.trainerToken}</code>. Keep the token to yourself: it runs the class.
          To open the desk in another browser, go to <a href="#/live">${location.origin}${location.pathname}#/live</a> there and type the code and the token
          under "Open a running class".
        </p>
      </details>
    </section>
    ${controlsView(s, board)} ${live.problem ? html`<p class="error" role="alert" data-testid="live-problem">${live.problem}</p>` : ''}
    ${live.desyncs?.length ? html`<p class="error" role="alert">Desync reported by ${live.desyncs.join(', ')}: the class server's result stands.</p>` : ''}
    ${boardView(s, board, { nation: nationNamer(s), plan: live.plan })} ${movesView(live, board)} ${resultsLine(s, board)}`;
}

function controlsView(s: SessionState, board: Board) {
  const events = s.catalogue.scenarios.find((x) => x.id === s.resultsClass.scenarioId)?.events ?? [];
  const clock = countdown(board, Date.now());
  return html`<section class="card live-controls" aria-labelledby="live-controls-title">
    <h2 id="live-controls-title">Controls</h2>
    <p>
      <button class="primary" data-testid="live-pause" @click=${() => s.liveControl({ action: board.paused ? 'resume' : 'pause' })}>
        ${board.paused ? 'Resume the class' : 'Pause the class'}
      </button>
      ${board.paused ? html`<strong>Paused: no team can end its turn.</strong>` : ''}
    </p>
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        const f = new FormData(e.target as HTMLFormElement);
        s.liveControl({ action: 'deadline', minutes: Number(f.get('minutes')) || 0 });
      }}
    >
      <label>Deadline for this turn, in minutes <input name="minutes" type="number" min="0" max="120" value="5" style="width:5em" /></label>
      <button type="submit">Set</button>
      ${clock ? html`<span data-testid="live-deadline" class=${clock.seconds ? '' : 'error'}>${deskCountdownText(board, clock)}</span>` : ''}
    </form>
    <form
      data-testid="live-inject"
      @submit=${(e: Event) => {
        e.preventDefault();
        const f = new FormData(e.target as HTMLFormElement);
        const team = String(f.get('team'));
        s.liveControl({ action: 'inject', eventId: String(f.get('event')), ...(team ? { team } : {}) });
      }}
    >
      <label
        >Fire now
        <select name="event">
          ${events.map((e) => html`<option value=${e.id}>${e.title}</option>`)}
        </select></label
      >
      <label
        >in
        <select name="team">
          <option value="">every team's game</option>
          ${board.teams.map((t) => html`<option value=${t.id}>${possessive(t.name)} game</option>`)}
        </select></label
      >
      <button type="submit">Fire the inject</button>
    </form>
    ${
      // What the server carried out, beside the controls that asked (trainer play-test: said under the levers, far from Fire).
      s.live?.notice && !s.live.problem ? html`<p class="ok" role="status" data-testid="live-notice">${s.live.notice}</p>` : ''
    }
    <p>
      <button @click=${() => s.liveControl({ action: board.russiaHidden ? 'revealRussia' : 'hideRussia' })}>
        ${board.russiaHidden ? 'Reveal the intelligence on Russia' : 'Hide the intelligence on Russia'}
      </button>
      <button @click=${() => s.liveControl({ action: board.scoresHidden ? 'revealScores' : 'hideScores' })}>
        ${board.scoresHidden ? "Show teams each other's scores" : "Hide the other teams' scores"}
      </button>
    </p>
    ${scheduledView(s.live?.plan, board)} ${leversView(s, board, s.live?.plan?.locks ?? [])}
  </section>`;
}

/**
 * Each lever a tick box for every nation, and a form for one nation. A box is ticked when the lever is locked
 * for every nation and half-ticked when for some, or for drawdowns below the readiness floor, which its label
 * names (trainer play-test: a file lock for Germany left its box empty, and so did one on drawdowns below
 * Poland's floor). The class file's own locks are listed above: a lever's first live change decides it in
 * place of the file's locks on it (sim/locks.ts). The box is set from the board only when the board's word
 * changes, so a click is not undone by a redraw before the server answers.
 */
function leversView(s: SessionState, board: Board, classLocks: readonly string[]) {
  const locks = decodeLeverLocks(board.lockedLevers ?? '');
  const floor = decodeFloorLock(board.lockedLevers ?? '');
  const nations = classNations(s);
  const name = (id: string) => nations.find((n) => n.id === id)?.name ?? id;
  return html`<fieldset class="live-levers" data-testid="live-levers">
    <legend>Locked levers, in every team's game from the turn it is at</legend>
    <p class="hint" data-testid="class-locks">
      ${classLocks.length ? `The class file locks: ${classLocks.join('; ')}.` : 'The class file locks no lever.'} A change you make here decides its lever from
      then on, in place of the file's locks on it.
    </p>
    ${(Object.entries(LEVER_NAMES) as [NationOrderKind, string][]).map(([lever, words]) => {
      const some = locks.get(lever);
      // The file's drawdown lock below the readiness floor binds part of the lever: half-ticked, and said (trainer play-test: the box was empty).
      const below = lever === 'drawdown' && some?.length !== 0 ? floor : null;
      const parts = [
        ...(some?.length ? [`locked for ${some.map(name).join(', ')}`] : []),
        ...(below ? [`below the readiness floor for ${below.length ? below.map(name).join(', ') : 'every nation'}`] : []),
      ];
      return html`<label class="check"
        ><input
          type="checkbox"
          .checked=${some?.length === 0}
          .indeterminate=${parts.length > 0}
          @change=${(e: Event) => s.liveControl({ action: 'lockLever', lever, locked: (e.target as HTMLInputElement).checked })}
        />
        ${words}${parts.length ? html` <span class="hint" data-testid="lock-some-${lever}">(${parts.join('; ')})</span>` : ''}</label
      >`;
    })}
    ${oneNationForm(s, locks, nations)}
  </fieldset>`;
}

/** Locks or unlocks one lever for one nation, the lever's other nations as they were. */
function oneNationForm(s: SessionState, locks: LeverLocks, nations: readonly { id: string; name: string; playable: boolean }[]) {
  const send = (e: Event, lock: boolean) => {
    const f = new FormData((e.target as HTMLButtonElement).form!);
    const lever = String(f.get('lever')) as NationOrderKind;
    const next = changeOne(
      locks.get(lever),
      String(f.get('nation')),
      lock,
      nations.map((n) => n.id),
    );
    s.liveControl(next === null ? { action: 'lockLever', lever, locked: false } : { action: 'lockLever', lever, locked: true, nations: [...next] });
  };
  return html`<form class="row" data-testid="lock-one" @submit=${(e: Event) => e.preventDefault()}>
    <label
      >For one nation:
      <select name="lever" aria-label="Lever">
        ${(Object.entries(LEVER_NAMES) as [NationOrderKind, string][]).map(([k, words]) => html`<option value=${k}>${words}</option>`)}
      </select></label
    >
    <label
      >of
      <select name="nation" aria-label="Nation">
        ${nations.filter((n) => n.playable).map((n) => html`<option value=${n.id}>${n.name}</option>`)}
      </select></label
    >
    <button type="button" @click=${(e: Event) => send(e, true)}>Lock</button>
    <button type="button" @click=${(e: Event) => send(e, false)}>Unlock</button>
  </form>`;
}

/** The class scenario's nations, the ones teams may play marked. */
function classNations(s: SessionState): { id: string; name: string; playable: boolean }[] {
  const sc = s.catalogue.scenarios.find((x) => x.id === s.resultsClass.scenarioId);
  return (sc?.nations ?? []).map((n) => ({ id: n.id, name: n.name, playable: sc!.playable.includes(n.id) }));
}

/** Nations by the class scenario's names (the board's rows carry ids). */
function nationNamer(s: SessionState): (id: string) => string {
  const nations = s.catalogue.scenarios.find((x) => x.id === s.resultsClass.scenarioId)?.nations ?? [];
  return (id) => nations.find((n) => n.id === id)?.name ?? id;
}

/**
 * The class file's injects and whose games each has reached (trainer play-test: the desk listed the file's locks
 * but not its injects, so the trainer could not tell whether one had come in a team's game yet).
 */
function scheduledView(plan: DeskPlan | undefined, board: Board) {
  if (!plan?.injects.length) return '';
  return html`<div data-testid="live-scheduled">
    <p><strong>Scheduled by the class file</strong></p>
    <ul>
      ${plan.injects.map((x) => {
        const reach = injectReach(plan.turns, x.month, board.teams);
        const parts = [
          reach.reached.length ? `in the news of ${fewTeams(reach.reached)}` : '',
          reach.thisTurn.length ? `comes when ${fewTeams(reach.thisTurn)} ${reach.thisTurn.length === 1 ? 'ends its' : 'end their'} turn` : '',
          reach.later.length ? `later for ${fewTeams(reach.later)}` : '',
        ].filter(Boolean);
        return html`<li>${monthLabel(x.month)}: “${x.title}”${parts.length ? ` — ${parts.join('; ')}` : ''}</li>`;
      })}
    </ul>
  </div>`;
}

function boardView(s: SessionState, board: Board, { nation, plan }: { nation: (id: string) => string; plan: DeskPlan | undefined }) {
  const rows = [...board.teams].sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
  return html`<section class="card" aria-labelledby="live-board-title">
    <h2 id="live-board-title">Teams (${board.teams.length})</h2>
    ${
      rows.length
        ? html`<table data-testid="live-board">
            <thead>
              <tr>
                <th>Team</th>
                <th>Plays</th>
                <th>${plan ? 'Turn' : 'Month'}</th>
                <th>Score so far</th>
                <th>Ground lost</th>
                <th>Fire ratio</th>
                <th>Ukraine's shells</th>
                <th>Seen</th>
                <th>Status</th>
                <th><span class="sr-only">Device</span></th>
              </tr>
            </thead>
            <tbody>
              ${rows.map((t) => rowView(s, t, { nation, plan, late: isLate(board, t, Date.now()) }))}
            </tbody>
          </table>`
        : html`<p class="hint">No team has joined yet.</p>`
    }
  </section>`;
}

interface RowContext {
  nation: (id: string) => string;
  plan: DeskPlan | undefined;
  late: boolean;
}

/**
 * A team's row; before its first turn it has no score or fire ratio yet (trainer play-test: "85" before any turn).
 * Its turn of the class's ("turn 2 of 4") and how long it has been deciding it; past the deadline for its turn, "late".
 */
function rowView(s: SessionState, t: BoardRow, { nation, plan, late }: RowContext) {
  const now = Date.now();
  const seen = t.online ? 'here now' : t.lastSeen ? `left ${Math.max(0, Math.round((now - t.lastSeen) / 60_000))} min ago` : '—';
  const status = t.desync ? `desync at ${t.desync}` : t.finished ? 'finished' : late ? 'late: time is up' : decidingText(t, now);
  return html`<tr data-team=${t.name}>
    <td>${t.name}</td>
    <td>${t.role === 'coordinator' ? 'every nation' : nation(t.role)}</td>
    <td data-testid="turn-${t.name}">${plan ? teamTurnText(plan.turns, t) : t.month}</td>
    <td>${t.turn > 0 ? t.score : '—'}</td>
    <td>${fmt(t.groundKm2)} km²</td>
    <td>${t.turn > 0 ? fmtRatio(t.fireRatioBp) : '—'}</td>
    <td>${fmt(t.shells)}</td>
    <td>${seen}</td>
    <td class=${late ? 'error' : ''} data-testid="status-${t.name}">${status}</td>
    <td>
      ${
        t.finished
          ? ''
          : html`<button
              aria-label="Move ${t.name} to another device"
              title="A key for ${t.name} to go on with its game on another device; the device it plays on now is let go"
              @click=${() => s.liveSend('moveTeam', { team: t.id })}
            >
              Move…
            </button>`
      }
    </td>
  </tr>`;
}

/** The keys the desk was given for teams to go on with their games on another device (trainer play-test: a dead laptop meant starting over). */
function movesView(live: LiveSession, board: Board) {
  if (!live.moves?.length) return '';
  return html`<section class="card" aria-labelledby="live-moves-title" data-testid="live-moves">
    <h2 id="live-moves-title">Teams moving to another device</h2>
    <p class="hint">
      On the new device: choose <em>Join a live class</em>, type the class code ${board.code} and, under "Going on with your team's game on this device?", the
      team's key.
    </p>
    <ul>
      ${live.moves.map((m) => html`<li>${m.name}: key <strong class="live-code" data-testid="team-key-${m.name}">${m.key}</strong></li>`)}
    </ul>
  </section>`;
}

function resultsLine(s: SessionState, board: Board) {
  const done = board.teams.filter((t) => t.finished).length;
  return html`<section class="card">
    <h2>Results</h2>
    <p data-testid="live-results">
      ${done} of ${board.teams.length} teams have finished; their result codes are verified on the results dashboard as they come in.
    </p>
    <a class="button" href="#/results">Open the results (compare, export CSV or XLSX)</a>
    ${s.resultsVerdicts.length ? html`<span class="hint">${s.resultsVerdicts.filter((v) => v?.ok).length} verified so far.</span>` : ''}
  </section>`;
}

function reopenView(s: SessionState) {
  const desks = savedDesks();
  const f = s.liveForm;
  return html`<section class="card" aria-labelledby="live-reopen-title">
    <h2 id="live-reopen-title">Open a running class</h2>
    <p class="hint">
      Start a class from the <a href="#/trainer">trainer's desk</a> ("Run this class live"), or open one that is running with its code and your token. Class
      server: ${classServerUrl()}.
    </p>
    ${
      desks.length
        ? html`<ul>
            ${desks.map((d) => html`<li><button @click=${() => void s.reopenLiveDesk(d.code, d.token)}>Open ${d.title} (${d.code})</button></li>`)}
          </ul>`
        : ''
    }
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        void s.reopenLiveDesk(f.code, f.token);
      }}
    >
      <label>Class code <input .value=${f.code} @input=${(e: Event) => s.editLiveForm({ code: (e.target as HTMLInputElement).value })} /></label>
      <label>Trainer's token <input .value=${f.token} @input=${(e: Event) => s.editLiveForm({ token: (e.target as HTMLInputElement).value })} /></label>
      <button type="submit" ?disabled=${f.busy}>Open the desk</button>
    </form>
    ${f.problem ? html`<p class="error" role="alert">${f.problem}</p>` : ''}
  </section>`;
}

/** The join address at localhost opens nothing on students' devices (trainer play-test). */
function localWarning() {
  const host = localOnlyHost(location.href);
  return host ? html`<strong class="error" data-testid="local-join">${localOnlyText(host)}</strong>` : '';
}
