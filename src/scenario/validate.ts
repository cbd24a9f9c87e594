/**
 * Scenario validation: the zod schema first, then the cross-references a
 * schema cannot see (a firm's nation exists, buyer shares add up …). Every
 * problem names its JSON path, e.g. `$.firms[2].nationId`.
 */
import { formatMonth, parseMonth } from '../sim/month';
import { sourceFirstMonth } from './source-date';
import { checkObjectiveMonths, checkSources } from './source-files';
import { capProblems, scenarioSizeProblems } from './limits';
import { scenarioSchema, type ScenarioFile } from './schema';

export interface Problem {
  path: string;
  message: string;
}

export type Validation = { ok: true; scenario: ScenarioFile } | { ok: false; problems: Problem[] };

/** `['nations', 3, 'stock']` → `$.nations[3].stock` */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** Parses JSON text; a syntax error is a problem at `$` with the parser's position. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
}

export function validateScenario(data: unknown): Validation {
  const oversized = scenarioSizeProblems(data);
  if (oversized.length) return { ok: false, problems: oversized };
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: capProblems(parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }))) };
  }
  const problems = capProblems(crossCheck(parsed.data));
  return problems.length ? { ok: false, problems } : { ok: true, scenario: parsed.data };
}

/** Products, inputs and the tunable tables: what every rule reads by id. */
function checkCatalogue(sc: ScenarioFile, at: (path: PropertyKey[], message: string) => void): { products: Set<string>; inputs: Set<string> } {
  const products = new Set<string>();
  sc.products.forEach((p, i) => {
    if (products.has(p.id)) at(['products', i, 'id'], `duplicate id "${p.id}"`);
    products.add(p.id);
  });
  const inputs = new Set<string>();
  sc.inputs.forEach((x, i) => {
    if (inputs.has(x.id)) at(['inputs', i, 'id'], `duplicate id "${x.id}"`);
    inputs.add(x.id);
  });
  sc.products.forEach((p, i) => Object.keys(p.inputsPerUnit).forEach((k) => inputs.has(k) || at(['products', i, 'inputsPerUnit', k], `unknown input "${k}"`)));
  if (!sc.products.some((p) => p.role === 'artillery')) at(['products'], 'the front needs at least one product with role "artillery"');
  const own = sc.ukraine.ownProduct;
  if (own !== undefined && sc.products.find((p) => p.id === own)?.role !== 'artillery') at(['ukraine', 'ownProduct'], `"${own}" is not an artillery product`);
  for (const [group, tables] of Object.entries(sc.rules)) {
    if (typeof tables !== 'object') continue;
    for (const [key, value] of Object.entries(tables as unknown as Record<string, unknown>)) {
      if (!Array.isArray(value)) continue;
      (value as [number, number][]).forEach(([x], k) => k > 0 && x <= value[k - 1][0] && at(['rules', group, key, k, 0], 'x must increase along a table'));
    }
  }
  return { products, inputs };
}

function crossCheck(sc: ScenarioFile): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ path: jsonPath(path), message });
  const unique = (list: { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) at([name, i, 'id'], `duplicate id "${x.id}"`);
      seen.add(x.id);
    });
    return seen;
  };
  const nations = unique(sc.nations, 'nations');
  const firms = unique(sc.firms, 'firms');
  const lines = unique(sc.lines, 'lines');
  const templates = unique(sc.plantTemplates, 'plantTemplates');
  unique(sc.sectors, 'sectors');
  unique(sc.events, 'events');
  unique(sc.objectives, 'objectives');
  unique(sc.constraints, 'constraints');
  // Looked up by id (content.ts): two input plants of one id would leave which one is funded to chance.
  unique(sc.inputPlants ?? [], 'inputPlants');
  const nationRef = (path: PropertyKey[], v: string) => nations.has(v) || at(path, `unknown nation "${v}"`);
  const { products, inputs } = checkCatalogue(sc, at);
  const productRef = (path: PropertyKey[], v: string) => products.has(v) || at(path, `unknown product "${v}"`);
  const inputRef = (path: PropertyKey[], v: string) => inputs.has(v) || at(path, `unknown input "${v}"`);
  const perProductRef = (path: PropertyKey[], record: Record<string, number>) => Object.keys(record).forEach((k) => productRef([...path, k], k));
  const firmRef = (path: PropertyKey[], v: string) => firms.has(v) || at(path, `unknown firm "${v}"`);

  const start = parseMonth(sc.start)!;
  const end = parseMonth(sc.end)!;
  if (end < start) at(['end'], `ends (${sc.end}) before it starts (${sc.start})`);
  if (end - start > 120) at(['end'], 'a scenario lasts at most 121 months');
  if (sc.rules.plantSlipMaxMonths < sc.rules.plantSlipMinMonths) at(['rules', 'plantSlipMaxMonths'], 'must not be less than plantSlipMinMonths');
  sc.playable.forEach((p, i) => nationRef(['playable', i], p));
  sc.class?.locks.forEach((l, i) => {
    l.nations?.forEach((n, k) => nationRef(['class', 'locks', i, 'nations', k], n));
    if (l.belowReadinessFloor && l.order !== 'drawdown')
      at(['class', 'locks', i, 'belowReadinessFloor'], 'only a drawdown lock can be limited to drawdowns below the readiness floor');
  });
  sc.nations.forEach((n, i) => {
    for (const key of ['stock', 'readinessFloor', 'hardFloor'] as const) perProductRef(['nations', i, key], n[key]);
    for (const p of products) {
      if ((n.hardFloor[p] ?? 0) > (n.readinessFloor[p] ?? 0)) at(['nations', i, 'hardFloor', p], 'the hard floor must not be above the readiness floor');
    }
  });
  perProductRef(['ukraine', 'stock'], sc.ukraine.stock);
  sc.constraints.forEach((c, i) => c.nations.forEach((n, k) => nationRef(['constraints', i, 'nations', k], n)));
  sc.firms.forEach((f, i) => {
    nationRef(['firms', i, 'nationId'], f.nationId);
    perProductRef(['firms', i, 'basePriceEur'], f.basePriceEur);
    f.templates.forEach((t, k) => templates.has(t) || at(['firms', i, 'templates', k], `unknown plant template "${t}"`));
    Object.keys(f.trustBp).forEach((n) => nationRef(['firms', i, 'trustBp', n], n));
  });
  sc.lines.forEach((l, i) => {
    const waiting = l.status === 'reactivating' || l.status === 'building';
    if (waiting !== (l.ready !== undefined))
      at(
        ['lines', i, 'ready'],
        waiting ? 'a line that is reactivating or building needs its ready month' : 'only a line that is reactivating or building has a ready month',
      );
    firmRef(['lines', i, 'firmId'], l.firmId);
    productRef(['lines', i, 'product'], l.product);
    nationRef(['lines', i, 'nationId'], l.nationId);
  });
  sc.plantTemplates.forEach((t, i) => {
    firmRef(['plantTemplates', i, 'firmId'], t.firmId);
    productRef(['plantTemplates', i, 'product'], t.product);
    nationRef(['plantTemplates', i, 'nationId'], t.nationId);
    if (lines.has(t.id)) at(['plantTemplates', i, 'id'], `template id "${t.id}" is also a line id`);
  });
  sc.contracts.forEach((c, i) => {
    firmRef(['contracts', i, 'firmId'], c.firmId);
    productRef(['contracts', i, 'product'], c.product);
    c.buyers.forEach((b, k) => nationRef(['contracts', i, 'buyers', k, 'nationId'], b.nationId));
    const total = c.buyers.reduce((sum, b) => sum + b.shareBp, 0);
    if (total !== 10000) at(['contracts', i, 'buyers'], `buyer shares add up to ${total} bp, not 10000`);
  });
  const decks = new Set((sc.decks ?? []).map((d) => d.id));
  (sc.decks ?? []).forEach((d, i) => {
    const size = sc.events.filter((e) => e.deck === d.id).length;
    if (d.draw > size) at(['decks', i, 'draw'], `draws ${d.draw} of a deck of ${size} events`);
  });
  const sorted = (p: { from: string }[], path: PropertyKey[]) =>
    p.forEach((x, k) => k > 0 && x.from <= p[k - 1]!.from && at([...path, k, 'from'], 'months must increase along a path'));
  sorted(sc.russia.productionPath ?? [], ['russia', 'productionPath']);
  if (sc.russia.economy) sorted(sc.russia.economy.defenceSharePath, ['russia', 'economy', 'defenceSharePath']);
  // Russian shells come from a script or from an economy: one of the two, never both or neither.
  if (!sc.russia.productionPath === !sc.russia.economy)
    at(
      ['russia', sc.russia.economy ? 'productionPath' : 'economy'],
      sc.russia.economy ? 'give an economy or a production path, not both' : 'needs a production path or an economy',
    );
  if (sc.russia.economy && sc.russia.economy.refurbMaxPerMonth < sc.russia.economy.refurbCapacity)
    at(['russia', 'economy', 'refurbMaxPerMonth'], `below refurbCapacity (${sc.russia.economy.refurbCapacity})`);
  sorted(sc.russia.fireDemandPath, ['russia', 'fireDemandPath']);
  sorted(sc.russia.offensivePath, ['russia', 'offensivePath']);
  sorted(sc.ukraine.fireDemandPath, ['ukraine', 'fireDemandPath']);
  for (const key of ['manpower', 'imports'] as const) {
    const range = sc.russia.seeded?.[key];
    if (range && range.maxBp < range.minBp) at(['russia', 'seeded', key, 'maxBp'], `below minBp (${range.minBp}): the seed draws between the two`);
  }
  sc.events.forEach((e, i) => {
    if (e.deck !== undefined && !decks.has(e.deck)) at(['events', i, 'deck'], `unknown deck "${e.deck}"`);
    const t = e.trigger;
    if (t.kind === 'window' && parseMonth(t.to)! < parseMonth(t.from)!) at(['events', i, 'trigger', 'to'], 'the window ends before it opens');
    if (t.kind === 'stockBelow' && t.who !== 'UA') nationRef(['events', i, 'trigger', 'who'], t.who);
    if (t.kind === 'stockBelow') productRef(['events', i, 'trigger', 'product'], t.product);
    // News cannot cite what was not yet written: the source must date from the event's first possible month or before.
    const earliest =
      t.kind === 'month' ? parseMonth(t.month)! : t.kind === 'escalationAbove' ? (t.from === undefined ? start : parseMonth(t.from)!) : parseMonth(t.from)!;
    const written = sourceFirstMonth(e.source.date);
    // A trainer's inject is a deliberate what-if: it may come before the news it cites.
    if (written !== null && written > earliest && !sc.class?.injects?.includes(e.id))
      at(['events', i, 'source', 'date'], `dated ${e.source.date}, after the event can first appear (${formatMonth(earliest)})`);
    e.actions.forEach((a, k) => {
      if ('nationId' in a) nationRef(['events', i, 'actions', k, 'nationId'], a.nationId);
      if ('product' in a) productRef(['events', i, 'actions', k, 'product'], a.product);
      if ('input' in a) inputRef(['events', i, 'actions', k, 'input'], a.input);
    });
  });
  (sc.inputPlantsFunded ?? []).forEach((x, i) => {
    if (!(sc.inputPlants ?? []).some((p) => p.id === x.plantId)) at(['inputPlantsFunded', i, 'plantId'], `unknown input plant "${x.plantId}"`);
    nationRef(['inputPlantsFunded', i, 'nationId'], x.nationId);
  });
  (sc.historical?.moves ?? []).forEach((m, i) => {
    const path = ['historical', 'moves', i];
    nationRef([...path, 'nation'], m.nation);
    if (m.kind === 'order') {
      firmRef([...path, 'firmId'], m.firmId);
      productRef([...path, 'product'], m.product);
    }
    if (m.kind === 'plant' && !templates.has(m.templateId)) at([...path, 'templateId'], `unknown plant template "${m.templateId}"`);
    if ((m.kind === 'shifts' || m.kind === 'weekends') && !lines.has(m.lineId)) at([...path, 'lineId'], `unknown line "${m.lineId}"`);
    if (m.kind === 'inputPlant' && !(sc.inputPlants ?? []).some((x) => x.id === m.plantId)) at([...path, 'plantId'], `unknown input plant "${m.plantId}"`);
  });
  checkSources(sc, at);
  checkObjectiveMonths(sc, at, start, end, parseMonth);
  sc.objectives.forEach((o, i) => {
    const monthly = o.kind === 'outproduceRussia';
    for (const key of ['target', 'failAt'] as const) {
      const v = o[key];
      if (monthly !== (typeof v === 'string')) at(['objectives', i, key], monthly ? 'must be a month YYYY-MM' : 'must be a whole number');
    }
  });
  return problems;
}
