/** A team's line above its panels in a live class: the class, the connection, the deadline, and the server's last word. */
import { html } from 'lit-html';
import type { SessionState } from '../store';
import { teamCountdown, teamCountdownText } from './deadline';

export function liveBarView(s: SessionState) {
  const live = s.live;
  if (live?.as !== 'team') return '';
  const board = live.board;
  const row = board?.teams.find((t) => t.name === s.teamName);
  const clock = board && s.game ? teamCountdown(board, row, s.game.getState().game.turn, Date.now()) : null;
  const state =
    live.status === 'open'
      ? live.waiting
        ? 'sending your turn…'
        : 'connected'
      : live.movedAway
        ? 'moved to another device'
        : live.status === 'lost'
          ? 'connection lost: trying again…'
          : 'connecting…';
  return html`<div class="live-bar" role="status" data-testid="live-bar">
    <strong>Live class ${live.code}</strong> · ${s.teamName} · ${state} ${board?.paused ? html` · <strong>Paused by your trainer</strong>` : ''}
    ${clock ? html` · <span data-testid="live-countdown" class=${clock.seconds ? 'deadline' : 'time-up'}>${teamCountdownText(clock)}</span>` : ''}
    ${live.notice ? html`<p data-testid="live-notice">${live.notice}</p>` : ''}
    ${live.problem ? html`<p class="error" role="alert" data-testid="live-problem">${live.problem}</p>` : ''}
    ${live.desync ? html`<p class="error" role="alert" data-testid="live-desync">${live.desync}</p>` : ''}
  </div>`;
}
