/** The figures a finished (or running) game is judged and compared by. */
import type { ScenarioContent } from './content';
import { ratioBp } from './int-math';
import { ukraineArtillery } from './resolve/front';
import { averageFireRatioBp, belowReadinessFloor, scoreGame, type Score } from './score';
import type { GameState, PerProduct } from './types';

export interface StockAgainstFloor {
  nation: string;
  stock: PerProduct;
  floor: PerProduct;
  belowFloor: boolean;
}

export interface Metrics {
  territoryLostKm2: number;
  ukraineHeldKm2: number;
  /** average monthly Russian : Ukrainian fire ratio, in bp (30000 = 3:1) */
  avgFireRatioBp: number;
  /** NATO's artillery output last month, in reference rounds */
  natoMonthlyArtillery: number;
  /**
   * NATO's artillery output over the whole game: the last month alone hides what added capacity did,
   * as every line ends capped by the same explosives (play-test, issue 9: 89,050 against 89,051).
   */
  natoArtilleryMade: number;
  /** Russia's shells last month, new and refurbished (imports apart) */
  russiaMonthlyShells: number;
  /** of which from its new lines: the count of NATO's Nov 2025 claim */
  russiaMonthlyNewShells: number;
  /** shells Russia imported last month (North Korea, Iran) */
  russiaMonthlyImports: number;
  /** NATO's last month of artillery output against Russia's, in bp */
  natoToRussiaProductionBp: number;
  /** first month NATO made more than Russia's new and refurbished shells, or -1 */
  outproducedMonth: number;
  /** first month NATO made more than Russia's new lines alone, or -1 */
  outproducedNewMonth: number;
  /** Ukraine's stock per product */
  ukraineStock: PerProduct;
  ukraineArtillery: number;
  stocks: StockAgainstFloor[];
  nationsBelowFloor: number;
  cohesionBp: number;
  escalationBp: number;
  ukraineLosses: number;
  russiaLosses: number;
  contractsSigned: number;
}

export function gameMetrics(c: ScenarioContent, s: GameState): Metrics {
  const stocks = s.nations.map((n, i) => ({
    nation: n.id,
    stock: { ...n.stock },
    floor: { ...c.nations[i]!.readinessFloor },
    belowFloor: belowReadinessFloor(c, n),
  }));
  return {
    territoryLostKm2: s.tally.russianGainKm2,
    ukraineHeldKm2: s.sectors.reduce((sum, x) => sum + x.ukraineHeldKm2, 0),
    avgFireRatioBp: averageFireRatioBp(s),
    natoMonthlyArtillery: s.tally.natoArtilleryLastMonth,
    natoArtilleryMade: s.tally.artilleryProduced,
    russiaMonthlyShells: s.tally.russiaShellsLastMonth,
    russiaMonthlyNewShells: s.tally.russiaNewShellsLastMonth,
    russiaMonthlyImports: s.russia.lastImports,
    natoToRussiaProductionBp: ratioBp(s.tally.natoArtilleryLastMonth, Math.max(1, s.tally.russiaShellsLastMonth)),
    outproducedMonth: s.tally.outproducedMonth,
    outproducedNewMonth: s.tally.outproducedNewMonth,
    ukraineStock: { ...s.ukraine.stock },
    ukraineArtillery: ukraineArtillery({ content: c, state: s }),
    stocks,
    nationsBelowFloor: stocks.filter((x) => x.belowFloor).length,
    cohesionBp: s.politics.cohesionBp,
    escalationBp: s.politics.escalationBp,
    ukraineLosses: s.tally.ukraineLosses,
    russiaLosses: s.tally.russiaLosses,
    contractsSigned: s.contracts.length,
  };
}

export type { Score };
export { scoreGame };
