/**
 * Plants for the inputs every Western line draws on: explosive fill and propellant (calibration-facts
 * §1, §4: no US TNT since 1986, the last large EU TNT maker in northern Poland, >70 % of Europe's
 * cotton linters from China). A state pays outright; once built, the input's supply is larger for good.
 * A plan makes them cheaper, as it does every plant. They do not slip: the record gives their lead
 * times (a new TNT plant about three years from award), and the scenario's build months are those.
 */
import { inputPlantSpec, type ScenarioContent } from './content';
import { msg } from './messages';
import { planDiscountedEur } from './plant';
import type { OrderResult, ReportBuilder } from './report';
import type { OrderArgs } from './resolve/orders';
import type { GameState, NationState, OrderOf } from './types';

/** Capex after the industrial-plan discount, as for any plant. */
export function inputPlantCostEur(c: ScenarioContent, nation: NationState | undefined, plantId: string): number {
  const spec = inputPlantSpec(c, plantId);
  return spec ? planDiscountedEur(c, nation, spec.capexEur) : 0;
}

export function applyFundInputPlant({ c, s, order, nation }: OrderArgs<OrderOf<'fundInputPlant'>>): OrderResult {
  const spec = inputPlantSpec(c, order.plantId);
  if (!spec) return { order, ok: false, message: msg('order.unknownInputPlant', { plant: order.plantId }) };
  const funded = s.inputs.plants.find((x) => x.id === spec.id);
  if (funded) return { order, ok: false, message: msg('inputPlant.alreadyFunded', { plant: spec.id, nation: funded.nationId }) };
  const cost = inputPlantCostEur(c, nation, spec.id);
  if (nation.fundsEur < cost)
    return { order, ok: false, message: msg('inputPlant.noMoney', { nation: nation.id, plant: spec.id, costEur: cost, hasEur: nation.fundsEur }) };
  nation.fundsEur -= cost;
  const readyMonth = s.month + spec.buildMonths;
  s.inputs.plants.push({ id: spec.id, nationId: nation.id, readyMonth, open: false });
  return {
    order,
    ok: true,
    message: msg('inputPlant.funded', { nation: nation.id, plant: spec.id, costEur: cost, readyMonth, input: spec.input, addsPerMonth: spec.addsPerMonth }),
  };
}

/** Input plants whose month has come open, and their input's supply grows (construction phase). */
export function openInputPlants(c: ScenarioContent, s: GameState, r: ReportBuilder): void {
  for (const plant of s.inputs.plants) {
    if (plant.open || plant.readyMonth > s.month) continue;
    const spec = inputPlantSpec(c, plant.id)!;
    plant.open = true;
    s.inputs.supplyPerMonth[spec.input] = (s.inputs.supplyPerMonth[spec.input] ?? 0) + spec.addsPerMonth;
    if (r.on)
      r.add({
        id: `inputPlant:${plant.id}`,
        kind: 'construction',
        subject: plant.id,
        message: msg('inputPlant.opens', {
          plant: plant.id,
          nation: plant.nationId,
          input: spec.input,
          addsPerMonth: spec.addsPerMonth,
          supply: s.inputs.supplyPerMonth[spec.input]!,
        }),
        delta: spec.addsPerMonth,
        causes: [],
        source: { ...spec.source },
      });
  }
}
