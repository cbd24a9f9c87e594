/** The result of one played game, as printed by `run` and `replay`. */
import { hashState } from '../sim/hash';
import { gameMetrics, scoreGame } from '../sim/metrics';
import { formatMonth } from '../sim/month';
import { fmt, fmtBp, fmtRatio } from '../share/text/numbers';
import type { ScenarioContent } from '../sim/content';
import type { GameState } from '../sim/types';

export function resultJson(content: ScenarioContent, final: GameState, extra: { policy: string; turns: number; freshSeed: boolean }) {
  const score = scoreGame(content, final);
  const metrics = gameMetrics(content, final);
  return {
    rulesVersion: final.rulesVersion,
    scenario: { id: final.scenarioId, hash: final.contentHash },
    seed: final.seed,
    seedWasChosen: extra.freshSeed,
    policy: extra.policy,
    turns: extra.turns,
    finalHash: hashState(final),
    outcome: score.outcome,
    score: score.score,
    grade: score.grade,
    objectives: score.objectives,
    metrics: {
      ...metrics,
      outproducedMonth: metrics.outproducedMonth < 0 ? null : formatMonth(metrics.outproducedMonth),
      outproducedNewMonth: metrics.outproducedNewMonth < 0 ? null : formatMonth(metrics.outproducedNewMonth),
    },
  };
}

export function resultText(r: ReturnType<typeof resultJson>): string {
  const m = r.metrics;
  const lines = [
    `${r.scenario.id} · seed ${r.seed}${r.seedWasChosen ? ' (chosen for you: pass --seed to repeat)' : ''} · policy ${r.policy} · ${r.turns} turns`,
    `Outcome: ${r.outcome.toUpperCase()} — score ${r.score}/100, grade ${r.grade}`,
    ...r.objectives.map((o) => `  ${o.attainmentBp >= 10000 ? '✔' : o.attainmentBp > 0 ? '◐' : '✘'} ${o.text} (${fmtBp(o.attainmentBp)} of ${o.weight} pts)`),
    `Territory lost: ${fmt(m.territoryLostKm2)} km² · average fire ratio ${fmtRatio(m.avgFireRatioBp)}`,
    `Artillery rounds last month: NATO ${fmt(m.natoMonthlyArtillery)} vs Russia ${fmt(m.russiaMonthlyNewShells)} from new lines, ${fmt(m.russiaMonthlyShells)} with refurbished${m.outproducedNewMonth ? ` · NATO out-made Russia's new lines from ${m.outproducedNewMonth}` : ''}${m.outproducedMonth ? `, and all it made from ${m.outproducedMonth}` : ''}`,
    `Allies below readiness floors: ${m.nationsBelowFloor} · cohesion ${fmtBp(m.cohesionBp)} · escalation ${fmtBp(m.escalationBp)}`,
    `Final state hash: ${r.finalHash}`,
  ];
  return lines.join('\n');
}
