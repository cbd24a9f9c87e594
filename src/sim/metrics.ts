/** The figures a finished (or running) game is judged and compared by. */
import { ratioBp } from './int-math';
import { averageFireRatioBp, scoreGame, type Score } from './score';
import type { GameState } from './types';

export interface StockAgainstFloor {
  nation: string;
  shells: number;
  shellFloor: number;
  stingers: number;
  stingerFloor: number;
  belowFloor: boolean;
}

export interface Metrics {
  territoryLostKm2: number;
  ukraineHeldKm2: number;
  /** average monthly Russian : Ukrainian fire ratio, in bp (30000 = 3:1) */
  avgFireRatioBp: number;
  natoMonthlyShells: number;
  russiaMonthlyShells: number;
  /** NATO's last month of shell output against Russia's, in bp */
  natoToRussiaProductionBp: number;
  outproducedMonth: number;
  ukraineShellStock: number;
  ukraineStingerStock: number;
  stocks: StockAgainstFloor[];
  nationsBelowFloor: number;
  cohesionBp: number;
  escalationBp: number;
  ukraineLosses: number;
  russiaLosses: number;
  contractsSigned: number;
}

export function gameMetrics(s: GameState): Metrics {
  const stocks = s.nations.map((n) => ({
    nation: n.id,
    shells: n.stock.shell,
    shellFloor: n.readinessFloor.shell,
    stingers: n.stock.stinger,
    stingerFloor: n.readinessFloor.stinger,
    belowFloor: n.stock.shell < n.readinessFloor.shell || n.stock.stinger < n.readinessFloor.stinger,
  }));
  return {
    territoryLostKm2: s.tally.russianGainKm2,
    ukraineHeldKm2: s.sectors.reduce((sum, x) => sum + x.ukraineHeldKm2, 0),
    avgFireRatioBp: averageFireRatioBp(s),
    natoMonthlyShells: s.tally.natoShellsLastMonth,
    russiaMonthlyShells: s.tally.russiaShellsLastMonth,
    natoToRussiaProductionBp: ratioBp(s.tally.natoShellsLastMonth, Math.max(1, s.tally.russiaShellsLastMonth)),
    outproducedMonth: s.tally.outproducedMonth,
    ukraineShellStock: s.ukraine.stock.shell,
    ukraineStingerStock: s.ukraine.stock.stinger,
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
