/**
 * Writes the shipped scenarios (`npm run scenarios`) from the shared world,
 * the events and each scenario's own briefing, objectives and record
 * (specs/). The JSON files it writes are what the game and the CLI read; a
 * trainer's own scenario is a hand-edited copy of one of them (docs/scenarios.md).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioFile } from '../../src/scenario/schema';
import { validateScenario } from '../../src/scenario/validate';
import { CONSTRAINTS } from './constraints';
import { DECKS, eventsBetween } from './events';
import { historicalFor } from './historical';
import { objective } from './objective-text';
import { MAP_SIDES } from './map-sides';
import { PRODUCTS } from './products';
import type { ScenarioSpec } from './spec';
import { SPECS } from './specs';
import { INPUT_PLANTS, RULES, warState } from './war';
import { contracts, firmsFor, lines, nations, sectors, templates } from './world';

/** A scenario file: the spec's prose over the world and the war as they stood at its era's start. */
function buildScenario(spec: ScenarioSpec): ScenarioFile {
  const events = eventsBetween(spec.start, spec.end);
  const decks = DECKS.filter((d) => events.some((e) => e.deck === d.id)).map((d) => ({
    ...d,
    draw: Math.min(d.draw, events.filter((e) => e.deck === d.id).length),
  }));
  const war = warState(spec.era);
  const world = { firms: firmsFor(spec.era), lines: lines(spec.era), plantTemplates: templates(spec.era) };
  return {
    $schema: './schema.json',
    format: 'race-of-logistics/scenario',
    version: 1,
    id: spec.id,
    title: spec.title,
    briefing: spec.briefing,
    learningGoals: spec.learningGoals,
    sources: spec.sources,
    start: spec.start,
    end: spec.end,
    playable: nations(spec.era, spec.start).map((n) => n.id),
    winScore: spec.winScore,
    ...(spec.monthsPerTurn ? { monthsPerTurn: spec.monthsPerTurn } : {}),
    minutes: spec.minutes,
    ...(spec.forClass ? { forClass: true } : {}),
    products: PRODUCTS,
    inputs: war.inputs,
    inputPlants: INPUT_PLANTS,
    ...(war.inputPlantsFunded ? { inputPlantsFunded: war.inputPlantsFunded } : {}),
    rules: RULES,
    nations: nations(spec.era, spec.start),
    constraints: CONSTRAINTS,
    ...world,
    contracts: contracts(spec.era, spec.start),
    sectors: sectors(spec.era),
    ukraine: war.ukraine,
    russia: war.russia,
    politics: war.politics,
    decks,
    events,
    historical: historicalFor({ ...world, inputPlants: INPUT_PLANTS }),
    objectives: spec.objectives.map((o) => objective(o, spec.end)),
    map: MAP_SIDES,
    record: spec.record,
  };
}

for (const spec of SPECS) {
  const sc = buildScenario(spec);
  const check = validateScenario(sc);
  if (!check.ok) throw new Error(`${spec.id}: ${check.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  writeFileSync(join(import.meta.dirname, '../../scenarios', `${spec.id}.json`), JSON.stringify(sc, null, 2) + '\n');
  console.log(`scenarios/${spec.id}.json: ${sc.events.length} events, ${sc.end} ← ${sc.start}`);
}
