/**
 * Works out what would have helped without freezing the page: the
 * counterfactual search plays one changed game per task (a few ms to a few
 * tens of ms each), reporting its progress between them, and stops when the
 * game it studies leaves the screen.
 */
import { bestCounterfactuals, counterfactualSearch, nearestCounterfactual, type Counterfactual } from '../../share/debrief/counterfactual';
import type { ReplayedGame } from '../../share/debrief/finished-game';
import type { Score } from '../../sim';

export interface HelpedSearch {
  status: 'working' | 'done';
  /** changed games played so far, of `total` */
  tried: number;
  total: number;
  /** the score of the game as played, with its objectives */
  base: Score;
  /** the counterfactuals that raise it, best first */
  best: Counterfactual[];
  /** when none does, the changed game that came closest: what the student's own orders beat */
  nearest: Counterfactual | null;
  /** time spent playing the changed games, in ms (the pauses between them left out) */
  computeMs: number;
}

export function searchHelped(game: ReplayedGame, options: { report(progress: HelpedSearch): void; wanted(): boolean; firstMonth?: number }): void {
  let computeMs = 0;
  const t0 = performance.now();
  const search = counterfactualSearch(game, options.firstMonth);
  computeMs += performance.now() - t0;
  const found: Counterfactual[] = [];
  let tried = 0;
  const progress = (status: HelpedSearch['status']): HelpedSearch => ({
    status,
    tried,
    total: search.changes.length,
    base: search.base,
    best: bestCounterfactuals(found, search.base),
    nearest: nearestCounterfactual(found),
    computeMs: Math.round(computeMs),
  });
  const step = () => {
    if (!options.wanted()) return;
    if (tried < search.changes.length) {
      const t = performance.now();
      const cf = search.run(search.changes[tried]!);
      computeMs += performance.now() - t;
      tried++;
      if (cf) found.push(cf);
    }
    const done = tried >= search.changes.length;
    options.report(progress(done ? 'done' : 'working'));
    if (!done) setTimeout(step, 0);
  };
  options.report(progress('working'));
  setTimeout(step, 0);
}
