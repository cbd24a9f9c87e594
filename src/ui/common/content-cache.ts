/** A scenario's content is built once per file and shared by every screen that needs it. */
import { buildContent } from '../../scenario/build-content';
import type { ScenarioFile } from '../../scenario/schema';
import type { ScenarioContent } from '../../sim';
import { asRunLive } from '../../share/class-file';

const built = new WeakMap<ScenarioFile, ScenarioContent>();

export function contentOf(scenario: ScenarioFile): ScenarioContent {
  let c = built.get(scenario);
  if (!c) {
    c = buildContent(scenario);
    built.set(scenario, c);
  }
  return c;
}

/** The content a game with this hash played: the scenario's own, or its class as run live; the scenario's own when neither is. */
export function contentMatching(scenario: ScenarioFile, hash: string): ScenarioContent {
  const own = contentOf(scenario);
  const live = own.hash === hash ? null : asRunLive(scenario);
  return live && contentOf(live).hash === hash ? contentOf(live) : own;
}
