/**
 * The session as the report, chart and map views see it while a replay is
 * watched: the same session, with the watched game in place of the game in
 * progress. The views only read it, and their actions (Why?, Details) act on
 * the real session, so the game in progress is never touched.
 */
import type { SessionState } from '../store';
import type { Watching } from './watch-slice';

export function watchedSession(s: SessionState, w: Watching): SessionState {
  return { ...s, game: w.store, scenario: w.scenario };
}
