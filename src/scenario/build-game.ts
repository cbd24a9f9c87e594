/** A new game: the opening position of a scenario's content, a seed, and the first month's events. */
import type { ScenarioContent } from '../sim/content';
import { copyState } from '../sim/copy-state';
import { initialRng } from '../sim/rng';
import { RULES_VERSION } from '../sim/rules-version';
import { startGame } from '../sim/resolve-turn';
import type { GameState } from '../sim/types';
import { zeroPerProduct } from '../sim/content';

export function newGame(c: ScenarioContent, seed: { code: string; value: number }): GameState {
  const o = c.opening;
  const opening = {
    rulesVersion: RULES_VERSION,
    scenarioId: c.id,
    contentHash: c.hash,
    seed: seed.code,
    turn: 0,
    month: c.startMonth,
    nations: o.nations,
    firms: o.firms,
    lines: o.lines,
    // Each buyer a plain record of the game's own: a contract copy shares its buyers (copy-state.ts), and
    // the content's frozen records gave the buyer reads of every month four extra shapes (issue 14).
    contracts: o.contracts.map((k) => ({ ...k, buyers: k.buyers.map((b) => ({ nationId: b.nationId, shareBp: b.shareBp })) })),
    nextContractNo: o.contracts.length + 1,
    nextLineNo: 1,
    offersThisTurn: {},
    sectors: o.sectors,
    ukraine: { stock: o.ukraineStock },
    russia: {
      stockShells: o.russiaStockShells,
      manpowerBp: 10_000,
      importsBp: 10_000,
      offensiveDelay: 0,
      surges: [],
      imports: [],
      recruitsPerMonth: o.russiaRecruitsPerMonth,
      lastProduction: 0,
      lastImports: 0,
      newCapacity: c.russia.economy?.newCapacity ?? 0,
      refurbCapacity: c.russia.economy?.refurbCapacity ?? 0,
      refurbPool: c.russia.economy?.refurbPool ?? 0,
      lastNew: 0,
      lastRefurb: 0,
      sanctions: [],
      doctrine: 'attrition',
    },
    inputs: { supplyPerMonth: o.inputSupply, shocks: [], plants: o.inputPlants.map((x) => ({ ...x })) },
    politics: o.politics,
    firedEvents: [],
    leverLocks: [],
    shelvedEvents: [],
    requests: [],
    rng: initialRng(seed.value),
    tally: {
      russianGainKm2: 0,
      fireRatioSumBp: 0,
      fireRatioTurns: 0,
      natoArtilleryLastMonth: 0,
      artilleryByRegionLastMonth: {},
      madeLastMonth: zeroPerProduct(c),
      russiaShellsLastMonth: 0,
      russiaNewShellsLastMonth: 0,
      outproducedNewMonth: -1,
      outproducedMonth: -1,
      artilleryProduced: 0,
      artilleryFiredUkraine: 0,
      shellsFiredRussia: 0,
      artilleryFromElsewhere: 0,
      airDefenceFired: 0,
      ukraineLosses: 0,
      russiaLosses: 0,
      floorBreaches: 0,
    },
    finished: false,
  } as unknown as GameState;
  // copyState gives the game its own objects: the opening stays frozen in the content.
  return startGame(c, copyState(opening)).state;
}
