/** A scenario's content is built once per file and shared by every screen that needs it. */
import { buildContent } from '../../scenario/build-content';
import type { ScenarioFile } from '../../scenario/schema';
import type { ScenarioContent } from '../../sim';

const built = new WeakMap<ScenarioFile, ScenarioContent>();

export function contentOf(scenario: ScenarioFile): ScenarioContent {
  let c = built.get(scenario);
  if (!c) {
    c = buildContent(scenario);
    built.set(scenario, c);
  }
  return c;
}
