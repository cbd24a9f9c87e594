/** A team's line above its panels in a live class: the class, the connection, the deadline, and the server's last word. */
import { html } from 'lit-html';
import type { SessionState } from '../store';
import { TIME_UP_SHOWN_MS } from './live-slice';

export function liveBarView(s: SessionState) {
  const live = s.live;
  if (live?.as !== 'team') return '';
  const board = live.board;
  const deadline = board?.deadlineAt && Date.now() < board.deadlineAt + TIME_UP_SHOWN_MS ? board.deadlineAt : 0;
  const left = deadline ? Math.max(0, Math.ceil((deadline - Date.now()) / 1000)) : null;
  const state =
    live.status === 'open' ? (live.waiting ? 'sending your turn…' : 'connected') : live.status === 'lost' ? 'connection lost: trying again…' : 'connecting…';
  return html`<div class="live-bar" role="status" data-testid="live-bar">
    <strong>Live class ${live.code}</strong> · ${s.teamName} · ${state} ${board?.paused ? html` · <strong>Paused by your trainer</strong>` : ''}
    ${left !== null ? html` · <span data-testid="live-countdown">${left ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left for this turn` : 'time is up for this turn'}</span>` : ''}
    ${live.notice ? html`<p data-testid="live-notice">${live.notice}</p>` : ''}
    ${live.problem ? html`<p class="error" role="alert" data-testid="live-problem">${live.problem}</p>` : ''}
    ${live.desync ? html`<p class="error" role="alert" data-testid="live-desync">${live.desync}</p>` : ''}
  </div>`;
}
