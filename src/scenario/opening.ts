/** The opening position of a scenario file: the figures that change from month one on. */
import type { Opening } from '../sim/content';
import { byId } from '../sim/find';
import { parseMonth } from '../sim/month';
import type { PerProduct } from '../sim/types';
import type { ScenarioFile } from './schema';

const m = (text: string): number => parseMonth(text)!;

export function openingOf(sc: ScenarioFile, defaultTrustBp: number): Opening {
  const productIds = sc.products.map((p) => p.id);
  const perProduct = (r: Readonly<Record<string, number>>): PerProduct => Object.fromEntries(productIds.map((id) => [id, r[id] ?? 0]));
  const start = m(sc.start);
  const year = Math.floor(start / 12);
  return {
    nations: sc.nations
      .map((n) => ({
        id: n.id,
        defenceShareBp:
          [...n.sharePath]
            .sort((a, b) => a.year - b.year)
            .filter((p) => p.year <= year)
            .pop()?.shareBp ?? n.sharePath[0]!.shareBp,
        munitionsShareBp: n.munitionsShareBp,
        fundsEur: n.fundsEur,
        debtEur: 0,
        stock: perProduct(n.stock),
        heldForUkraine: perProduct({}),
        politicalCapital: n.politicalCapital,
        supportBp: n.supportBp,
        warFatigueBp: n.warFatigueBp,
        aidFrozenUntil: -1,
        freeLabour: n.freeLabour,
        industrialPlan: false,
      }))
      .sort(byId),
    firms: sc.firms
      .map((f) => ({
        id: f.id,
        trustBp: Object.fromEntries(sc.nations.map((n) => [n.id, f.trustBp[n.id] ?? defaultTrustBp])),
        cashEur: f.cashEur,
        leftCounters: [],
      }))
      .sort(byId),
    lines: sc.lines
      .map(({ ready, site: _site, plantName: _name, ...l }) => ({
        ...l,
        templateId: '',
        readyMonth: ready ? m(ready) : start,
        pendingShifts: [],
        shiftPayers: [],
        weekend: false,
        weekendPayer: '',
        accidentUntil: -1,
        slipDrawn: l.status !== 'building',
        slipChanceBp: sc.rules.plantSlipChanceBp,
      }))
      .sort(byId),
    contracts: sc.contracts.map((c, i) => ({
      id: `c${String(i + 1).padStart(4, '0')}`,
      firmId: c.firmId,
      product: c.product,
      buyers: c.buyers.map((b) => ({ ...b })),
      perMonth: c.perMonth,
      months: c.months,
      unitPriceEur: c.unitPriceEur,
      advanceEur: 0,
      advanceLeftEur: 0,
      capacityClause: false,
      indexed: false,
      deliverTo: c.deliverTo,
      signedMonth: start,
      firstDeliveryMonth: m(c.firstDelivery),
      delivered: 0,
      capacityLineId: '',
      status: 'active' as const,
    })),
    sectors: sc.sectors.map((x) => ({
      id: x.id,
      ukraineHeldKm2: x.ukraineHeldKm2,
      fortificationBp: x.fortificationBp,
      ukraineTroops: x.ukraineTroops,
      russiaTroops: x.russiaTroops,
      russianFireShareBp: Math.floor(10000 / sc.sectors.length),
      lastRatioBp: 0,
      lastRussianFire: 0,
      lastUkrainianFire: 0,
      lastGainKm2: 0,
    })),
    ukraineStock: perProduct(sc.ukraine.stock),
    russiaStockShells: sc.russia.stockShells,
    russiaRecruitsPerMonth: sc.russia.recruitsPerMonth,
    inputSupply: Object.fromEntries([...sc.inputs].sort((a, b) => (a.id < b.id ? -1 : 1)).map((x) => [x.id, x.supplyPerMonth])),
    inputPlants: (sc.inputPlantsFunded ?? []).map((x) => ({ id: x.plantId, nationId: x.nationId, readyMonth: m(x.readyMonth), open: false })),
    politics: { escalationBp: sc.politics.escalationBp, cohesionBp: sc.politics.cohesionBp, summitUntil: -1, summitDiscountBp: 0, industrialPlansOpen: false },
  };
}
