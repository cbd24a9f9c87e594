/**
 * Hotseat: the screen between two teams. It covers the whole game (its
 * backdrop is opaque), so the team taking the laptop sees nothing of the
 * team before; the game shows again, at the new team's desk, when it says so.
 */
import { html } from 'lit-html';
import { nationSpec } from '../../sim';
import { closeDialog, dialog } from '../common/dialog';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';

export function handoverView(s: SessionState) {
  if (!s.handover || !s.game) return '';
  const g = s.game.getState();
  const team = g.teams[g.teamIndex];
  if (!team) return '';
  const nations = team.nations.map((id) => nationSpec(g.content, id)?.name ?? id).join(', ');
  const before = g.teams[g.teamIndex - 1];
  const turn = turnWord(g.content);
  const body =
    s.handover === 'team'
      ? html`<h2 id="handover-title">Pass the laptop to ${team.name}</h2>
          <p>${before?.name} has ended its ${turn}. Its orders stay sealed until the ${turn} is resolved: no other team sees them.</p>
          <p>
            <strong>${team.name}</strong> plays ${nations}. ${g.teamIndex === g.teams.length - 1 ? `You are the last team: your End ${turn} resolves it.` : ''}
          </p>
          <button class="primary" data-testid="take-over" @click=${closeDialog}>${team.name}: start our ${turn}</button>`
      : html`<h2 id="handover-title">The ${turn} is resolved</h2>
          <p>Read its headlines together. Then ${team.name} (${nations}) gives its orders first, and passes the laptop on.</p>
          <button class="primary" data-testid="take-over" @click=${closeDialog}>Show the headlines</button>`;
  const takeOver = () => {
    s.takeOver();
    // The next team starts at the top of the page and of the panels, not where the team before left them.
    requestAnimationFrame(() => {
      scrollTo(0, 0);
      document.querySelector('.panel')?.scrollTo(0, 0);
    });
  };
  return dialog({ titleId: 'handover-title', className: 'handover', onClose: takeOver }, html`<div data-testid="handover">${body}</div>`);
}
