/** The scenario format as JSON Schema, generated from the zod schema so the two never disagree. */
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): object {
  return { ...z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12' }), title: 'Race of Logistics scenario', $id: 'race-of-logistics/scenario.schema.json' };
}
