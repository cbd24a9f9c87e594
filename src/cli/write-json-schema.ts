/** Writes scenarios/schema.json from the zod schema (`npm run schema`), so editors offer completion. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchema } from '../scenario/json-schema';
import { SCENARIO_DIR } from './scenario-files';

writeFileSync(join(SCENARIO_DIR, 'schema.json'), JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
console.log('wrote scenarios/schema.json');
