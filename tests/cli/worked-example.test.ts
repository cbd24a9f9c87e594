/**
 * docs/scenarios.md's worked example, followed as written: its JSON blocks
 * applied to a copy of the shipped scenario give a file `sim validate`
 * accepts, and the balance table the page shows is what the five policies
 * really score on it: a sound strategy wins, doing nothing loses, and the
 * strategies score differently.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchSeed, percentiles } from '../../src/cli/commands/batch';
import { buildContent } from '../../src/scenario/build-content';
import { newGame } from '../../src/scenario/build-game';
import { validateScenario } from '../../src/scenario/validate';
import { playGame, POLICIES, scoreGame, type PolicyName } from '../../src/sim';

const root = join(import.meta.dirname, '../..');
const page = readFileSync(join(root, 'docs/scenarios.md'), 'utf8');
const example = page.slice(page.indexOf('## A worked example'), page.indexOf('## Reference:'));
const blocks = [...example.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);

/** The shipped file with the page's edits: the top fields, the objectives, and the trainer's own event. */
function followed(): Record<string, unknown> {
  const [top, objectives, event] = blocks as [Record<string, unknown>, unknown[], unknown];
  const base = JSON.parse(readFileSync(join(root, 'scenarios/race-of-logistics.json'), 'utf8')) as Record<string, unknown> & { events: unknown[] };
  return { ...base, ...top, objectives, events: [...base.events, event] };
}

/** The page's balance table: policy → [lowest, median, highest] and victories out of the seeds. */
function tableOnPage(): Map<string, { scores: number[]; wins: number; seeds: number }> {
  const rows = [...example.matchAll(/^ *\| `(\w+)` +\|[^|]+\| (\d+) \/ (\d+) \/ (\d+) +\| (\d+) of (\d+) +\|$/gm)];
  return new Map(rows.map((r) => [r[1]!, { scores: [Number(r[2]), Number(r[3]), Number(r[4])], wins: Number(r[5]), seeds: Number(r[6]) }]));
}

describe('the worked example in docs/scenarios.md', () => {
  it('gives a scenario that validates, in the CLI too', () => {
    expect(blocks).toHaveLength(3);
    const file = join(mkdtempSync(join(tmpdir(), 'rol-example-')), 'first-year.json');
    writeFileSync(file, JSON.stringify(followed()));
    const tsx = join(root, 'node_modules/.bin/tsx');
    const validate = spawnSync(tsx, ['src/cli/main.ts', 'validate', file], { cwd: root, encoding: 'utf8' });
    expect(validate.status, validate.stderr + validate.stdout).toBe(0);
    const batch = spawnSync(tsx, ['src/cli/main.ts', 'batch', '--scenario', file, '--seeds', '2', '--policy', 'balanced'], { cwd: root, encoding: 'utf8' });
    expect(batch.status, batch.stderr).toBe(0);
  });

  it('scores as its table says: a sound strategy wins, doing nothing loses, strategies differ', () => {
    const v = validateScenario(followed());
    if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
    const content = buildContent(v.scenario);
    const table = tableOnPage();
    expect([...table.keys()].sort()).toEqual(['balanced', 'drawdown', 'historical', 'passive', 'production']);
    for (const [policy, shown] of table) {
      const scores = Array.from({ length: shown.seeds }, (_, i) => {
        const start = newGame(content, batchSeed(i));
        const all = start.nations.map((n) => n.id);
        return scoreGame(content, playGame(content, start, (s) => POLICIES[policy as PolicyName](content, s, all), { hashTurns: false }).final);
      });
      const p = percentiles(scores.map((x) => x.score));
      expect({ policy, scores: [p.min, p.p50, p.max], wins: scores.filter((x) => x.outcome === 'victory').length }).toEqual({
        policy,
        scores: shown.scores,
        wins: shown.wins,
      });
    }
    expect(table.get('balanced')!.wins).toBe(table.get('balanced')!.seeds);
    expect(table.get('passive')!.wins).toBe(0);
    expect(new Set([...table.values()].map((x) => x.scores[1])).size).toBe(5);
  });
});
