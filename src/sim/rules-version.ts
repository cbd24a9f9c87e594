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
 * 4: grades count from each scenario's win line, re-set from balance runs so beating the
 *    historical course is a victory; the balanced policy orders shifts before the contracts that
 *    call for their output and pays advances only from money in hand; scenarios may give a turn
 *    several months (`monthsPerTurn`), and the class scenario race-in-a-lesson plays in quarters.
 * 5: bargaining: an advance lowers a firm's price (1.5 % for each 10 % paid, up to 7.5 %), and a
 *    firm remembers a counter-offer a buyer walked away from (with idle lines it comes back 3 %
 *    lower for six months); firms state what each term is worth.
 */
export const RULES_VERSION = 5;
