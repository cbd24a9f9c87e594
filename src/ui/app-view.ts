/** The screen the session is on, and the how-to-play dialog over it. */
import { html } from 'lit-html';
import { howToPlayView } from './common/how-to-play-view';
import { debriefView } from './debrief/debrief-view';
import { menuView } from './menu/menu-view';
import { playView } from './play/play-view';
import { replayView } from './replay/replay-view';
import { watchView } from './watch/watch-view';
import { resultsView } from './results/results-view';
import { reviewView } from './review/review-view';
import { trainerView } from './trainer/trainer-view';
import { liveDeskView } from './live/live-desk-view';
import type { SessionState } from './store';

export function appView(s: SessionState) {
  const screen = {
    menu: menuView,
    play: playView,
    debrief: debriefView,
    review: reviewView,
    replay: replayView,
    watch: watchView,
    results: resultsView,
    trainer: trainerView,
    live: liveDeskView,
  }[s.screen](s);
  return html`${screen} ${howToPlayView(s)}`;
}
