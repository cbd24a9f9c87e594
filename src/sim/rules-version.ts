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
 * 6: the seed chooses this war within the record (scenario russia.seeded): Russian manpower
 *    (recruits 25,000–35,000 a month: its recruits and ground pressure at ×0.83–1.17) and North
 *    Korean and Iranian shipments (×0.8–1.2), drawn at the start from Russia's stream; win lines
 *    re-set from balance runs. A delivery counts once towards Ukraine's requests, the one due first
 *    first (one shipment of 300 Stingers had met requests for 300 and for 200). Russian ground
 *    pressure follows the 2023–24 territory record: 2023 at half the autumn-2022 pace, 2024 at
 *    2.45× and from July 4× (gains about 600 and 4,100 km², calibration-facts §10).
 * 7: Russia plays back. Its shells come from a war economy (scenario russia.economy): new lines that
 *    follow its defence budget (share of GDP) after six months at a bounded pace, old rounds that
 *    depots refurbish while the pool lasts, and sanctions that slow the new lines (an era event);
 *    about 2.4 M shells in 2023 and 3.5 M in 2024 as before. A doctrine (russia.doctrine) chooses
 *    each month: the offensive where Ukraine is weakest when it ran short and was outfired 3.5:1,
 *    digging in against a Ukraine holding four months of fire, rebuilding when its own stock runs
 *    low; each choice is a report entry and a factor of each sector's move. An industrial plan
 *    lifts cohesion only with a contract of that ally behind it (six plans on paper had bought 6 %).
 * 8: explosive fill and propellant can be bought: a state pays for an input plant (scenario
 *    inputPlants: a TNT line in Poland, an explosives line in Czechia, a US TNT plant, a propellant
 *    expansion in Germany) that adds to the input's supply for every line from its opening month; the
 *    balanced and production policies fund their own when they hold twice the cost.
 * 9: NATO can out-produce Russia's new lines, and the seed shapes more of the war. Russia's new lines make 202
 *    shells a month per 0.01 % of GDP (about 145,000 a month in 2025) and depots refurbish up to 180,000 a month
 *    while the pool lasts; the historical course pays for the 2024 explosive and propellant plants (Poland's TNT
 *    expansion now adds 300 t a month), and the EU's explosives projects come on line in a seeded month of H2 2025,
 *    so NATO passes Russia's new lines in late 2025 as its Secretary General claimed. The out-produce objective
 *    counts Russia's new lines, the claim's count. The seed moves Russia's offensives a month earlier to two later
 *    and draws the 2023–24 US aid freeze at 4–6 months. Win lines are re-set so the balanced play wins about 7
 *    seeds in 10 (40–85 %), above the allies' own course.
 */
export const RULES_VERSION = 9;
