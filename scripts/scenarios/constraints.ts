/** The constraints the articles describe, shown with every scenario. */
import type { ScenarioFile } from '../../src/scenario/schema';
import { ARTICLE as A } from './sources';

/** What holds the allies back, each with the article that says so. */
export const CONSTRAINTS: ScenarioFile['constraints'] = [
  {
    id: 'germany-limit',
    text: 'Germany says its stocks are at their limit: drawing below its readiness floor costs political capital and support, and a hard floor blocks it.',
    nations: ['DE'],
    source: A.cbc2022,
  },
  {
    id: 'canada-limit',
    text: 'Canada cannot keep drawing down its own forces’ shells: its readiness floor sits close to its stock.',
    nations: ['CA'],
    source: A.cbc2022,
  },
  {
    id: 'firms-want-guarantees',
    text: 'Firms will not build new lines without multi-year contracts (about five years) or state money for the plant.',
    nations: [],
    source: A.cbc2022,
  },
  {
    id: 'shifts-weekends-plants',
    text: 'Output can grow with more shifts and weekend work, but a large increase needs new plants.',
    nations: [],
    source: A.wsws2023,
  },
  {
    id: 'not-a-party',
    text: 'NATO says it is not a party to the conflict: deliveries raise an escalation meter, and past a government’s tolerance it refuses further aid.',
    nations: [],
    source: A.wsws2023,
  },
  {
    id: 'two-percent',
    text: 'Allies are pushed towards 2 % of GDP; raising spending costs political capital, less so at a summit.',
    nations: [],
    source: A.summit2024,
  },
  {
    id: 'us-divisions',
    text: 'US political divisions can freeze US aid for months, and an election brings uncertainty.',
    nations: ['US'],
    source: A.summit2024,
  },
  {
    id: 'industrial-plans',
    text: 'After the 2024 summit each ally may submit a defence-industrial plan, which makes new plants cheaper.',
    nations: [],
    source: A.summit2024,
  },
  {
    id: 'political-sellers',
    text: 'Some countries that could sell to Ukraine hold back for political reasons, so third-country supply is uncertain.',
    nations: [],
    source: A.antiwar2022,
  },
  {
    id: 'chinese-inputs',
    text: 'Propellant depends on cotton linters that mostly come from China, and missile seekers on rare earths: supply can be cut.',
    nations: [],
    source: A.forum2025,
  },
];
