/**
 * `npm run challenges [-- --seeds N]`: finds the challenges in seeds/challenges.json. Every shipped
 * scenario is played with the balanced policy for every nation on N seeds (the batch's seeds, 200
 * by default), noting each game's score, the ground Russia took and which era-deck events fired
 * when; then each criterion below picks its seed (the hardest and the easiest war of a scenario, a
 * spring of both the Bakhmut assault and Iranian shells, the Avdiivka push on top of the aid freeze,
 * the most input shocks drawn, the calmest deck) and writes why in words. The balanced game's
 * score and final hash are kept: the tests re-play each one.
 */
import { writeFileSync } from 'node:fs';
import { batchSeed } from '../../src/cli/commands/batch';
import { loadScenarioById, scenarioIds, newGame } from '../../src/cli/scenario-files';
import type { Challenge, ChallengesFile } from '../../src/share/challenges';
import { hashState } from '../../src/sim/hash';
import { gameMetrics, scoreGame } from '../../src/sim/metrics';
import { monthLabel } from '../../src/sim/month';
import { POLICIES } from '../../src/sim/policies';
import { playGame } from '../../src/sim/replay';
import { RULES_VERSION } from '../../src/sim/rules-version';

const at = process.argv.indexOf('--seeds');
const SEEDS = at > 0 ? Number(process.argv[at + 1]) : 200;
const INPUT_SHOCKS = ['valleyfield-outage', 'explosives-plant-years', 'china-linters', 'china-rare-earths', 'steel-and-gun-cotton'];

interface Played {
  scenario: string;
  title: string;
  seed: string;
  score: number;
  finalHash: string;
  lostKm2: number;
  /** event id → the month it fired */
  fired: Map<string, number>;
}

function playAll(scenarioId: string): Played[] {
  const { scenario, content } = loadScenarioById(scenarioId);
  const out: Played[] = [];
  for (let i = 0; i < SEEDS; i++) {
    const seed = batchSeed(i);
    const start = newGame(content, seed);
    const all = start.nations.map((n) => n.id);
    const fired = new Map<string, number>();
    // An event fires as a month ends, for the month that follows: the month it is news in.
    const note = (s: typeof start) => s.firedEvents.forEach((id) => fired.has(id) || fired.set(id, s.month));
    const { final } = playGame(
      content,
      start,
      (s) => {
        note(s);
        return POLICIES.balanced(content, s, all);
      },
      { hashTurns: false },
    );
    note(final);
    out.push({
      scenario: scenarioId,
      title: scenario.title,
      seed: seed.code,
      score: scoreGame(content, final).score,
      finalHash: hashState(final),
      lostKm2: gameMetrics(content, final).territoryLostKm2,
      fired,
    });
  }
  return out;
}

const byScore = (a: Played, b: Played) => a.score - b.score || (a.seed < b.seed ? -1 : 1);
const km2 = (n: number) => n.toLocaleString('en');
const challenge = (id: string, p: Played, title: string, why: string): Challenge => ({
  id,
  scenario: p.scenario,
  seed: p.seed,
  title,
  why,
  balanced: { score: p.score, finalHash: p.finalHash },
});

function pick(games: Map<string, Played[]>): Challenge[] {
  const out: Challenge[] = [];
  const of = (id: string) => games.get(id) ?? [];
  for (const id of [
    'race-of-logistics',
    'full-campaign',
    'race-in-a-lesson',
    'stocks-running-dry',
    'turning-the-tide',
    'washington-summit',
    'before-bucharest',
  ]) {
    const list = [...of(id)].sort(byScore);
    const worst = list[0];
    if (!worst) continue;
    const median = list[Math.floor(list.length / 2)]!.score;
    out.push(
      challenge(
        `${id}-hardest`,
        worst,
        'The hardest war',
        `The worst of ${SEEDS} seeds for the balanced policy: ${worst.score}/100 against a median of ${median}; Russia takes ${km2(worst.lostKm2)} km².`,
      ),
    );
    if (id === 'race-of-logistics' || id === 'full-campaign') {
      const best = list.at(-1)!;
      out.push(
        challenge(
          `${id}-kindest`,
          best,
          'The kindest war',
          `The best of ${SEEDS} seeds for the balanced policy (${best.score}/100, median ${median}): can you lose it?`,
        ),
      );
    }
  }
  const spring = of('race-of-logistics')
    .filter((p) => p.fired.has('bakhmut-assault') && p.fired.has('iran-shells'))
    .sort(
      (a, b) =>
        a.fired.get('bakhmut-assault')! + a.fired.get('iran-shells')! - (b.fired.get('bakhmut-assault')! + b.fired.get('iran-shells')!) || byScore(a, b),
    )[0];
  if (spring)
    out.push(
      challenge(
        'hard-spring-2023',
        spring,
        'A hard spring, 2023',
        `The Bakhmut assault comes in ${monthLabel(spring.fired.get('bakhmut-assault')!)} and Iranian shells reach Russia in ${monthLabel(spring.fired.get('iran-shells')!)}; the balanced policy scores ${spring.score}/100.`,
      ),
    );
  const avdiivka = of('full-campaign')
    .filter((p) => p.fired.has('avdiivka-push'))
    .sort((a, b) => b.lostKm2 - a.lostKm2)[0];
  if (avdiivka)
    out.push(
      challenge(
        'avdiivka-in-the-freeze',
        avdiivka,
        'Avdiivka in the aid freeze',
        `Russia's Avdiivka push lands in ${monthLabel(avdiivka.fired.get('avdiivka-push')!)}, as US aid freezes; of the seeds where it comes, Russia takes most here (${km2(avdiivka.lostKm2)} km²).`,
      ),
    );
  const eventTitle = (id: string) => loadScenarioById('full-campaign').content.events.find((e) => e.id === id)?.title ?? id;
  const shocks = (p: Played) => INPUT_SHOCKS.filter((e) => p.fired.has(e));
  const shocked = [...of('full-campaign')].sort((a, b) => shocks(b).length - shocks(a).length || byScore(a, b))[0];
  if (shocked && shocks(shocked).length)
    out.push(
      challenge(
        'input-shocks',
        shocked,
        'Short of everything',
        `The era decks deal ${shocks(shocked).length} input shocks (${shocks(shocked).map(eventTitle).join('; ')}); the balanced policy scores ${shocked.score}/100.`,
      ),
    );
  const calm = of('full-campaign')
    .filter((p) => shocks(p).length === 0 && !p.fired.has('pokrovsk-push'))
    .sort(byScore)
    .at(-1);
  if (calm)
    out.push(
      challenge(
        'calm-deck',
        calm,
        'A quiet deck',
        `No input shock and no Pokrovsk push are dealt: a war decided by production alone; the balanced policy scores ${calm.score}/100.`,
      ),
    );
  // Each seed once: the first criterion to pick it keeps it.
  return out.filter((c, i) => out.findIndex((d) => d.scenario === c.scenario && d.seed === c.seed) === i);
}

const games = new Map(scenarioIds().map((id) => [id, playAll(id)] as const));
const file: ChallengesFile = {
  format: 'race-of-logistics/challenges',
  version: 1,
  rulesVersion: RULES_VERSION,
  seedsSearched: SEEDS,
  challenges: pick(games),
};
writeFileSync('seeds/challenges.json', JSON.stringify(file, null, 2) + '\n');
console.log(`wrote seeds/challenges.json: ${file.challenges.length} challenges from ${SEEDS} seeds of ${games.size} scenarios`);
