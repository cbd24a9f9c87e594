/**
 * Share links: `#/play?scenario=<id>&seed=<code>`, data in the URL fragment so
 * it never reaches a server. A broken link is answered with what is wrong.
 */
import { parseSeed } from './seed-code';

export interface SharedGame {
  scenario: string;
  seed: string;
}

export type LinkResult = { kind: 'none' } | { kind: 'game'; game: SharedGame } | { kind: 'broken'; problem: string };

export function makeShareLink(base: string, game: SharedGame): string {
  return `${base.replace(/#.*$/, '')}#/play?scenario=${encodeURIComponent(game.scenario)}&seed=${encodeURIComponent(game.seed)}`;
}

export function parseShareLink(hash: string, knownScenarios: readonly string[]): LinkResult {
  if (!hash || hash === '#' || hash === '#/') return { kind: 'none' };
  const match = /^#\/play\?(.*)$/.exec(hash);
  if (!match) return { kind: 'broken', problem: `the link's "${hash.slice(0, 40)}" is not a game link (they look like #/play?scenario=…&seed=…)` };
  const params = new URLSearchParams(match[1]);
  const scenario = params.get('scenario');
  const seedText = params.get('seed');
  if (!scenario) return { kind: 'broken', problem: 'the link names no scenario' };
  if (!knownScenarios.includes(scenario)) return { kind: 'broken', problem: `the link's scenario "${scenario}" is not one of ${knownScenarios.join(', ')}` };
  if (!seedText) return { kind: 'broken', problem: 'the link carries no seed' };
  const seed = parseSeed(seedText);
  if (!seed.ok) return { kind: 'broken', problem: `the link's seed: ${seed.error}` };
  return { kind: 'game', game: { scenario, seed: seed.seed.code } };
}
