/**
 * Bumped whenever a change alters any outcome or any state hash: an old
 * replay, link, code or save then says which version it needs, and is never
 * re-simulated under other rules. tests/golden enforces the bump: each golden
 * replay records the version it was made with.
 *
 * 2: content apart from state (the state hash no longer covers the scenario's
 *    fixed content), products and tunables as data, an actor on every order.
 *    Scores and metrics of the version-1 golden games are unchanged.
 * 3: news that is true in its month: no event before its source's date (event windows and
 *    citations moved, `escalationAbove` takes a first month), the 2023–24 US aid freeze ends
 *    in March 2024 so drawdowns move again the month the supplemental passes.
 */
export const RULES_VERSION = 3;
