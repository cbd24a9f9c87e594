/**
 * The content hash pins what a replay, link, code or save was played against.
 * A trainer may reword a briefing or an event and keep every replay valid; a
 * change to a rule or a figure must refuse them, naming the hash they need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenDir } from '../../src/cli/write-golden';
import { buildContent } from '../../src/scenario/build-content';
import type { ScenarioFile } from '../../src/scenario/schema';
import { checkReplay } from '../../src/share/check-replay';
import { parseReplayFile, type ReplayFile } from '../../src/share/files';
import { RULES_VERSION } from '../../src/sim/rules-version';
import { scenario, shipped } from '../helpers';

function golden(file: string): ReplayFile {
  const parsed = parseReplayFile(readFileSync(join(goldenDir(RULES_VERSION), file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: unreadable`);
  return parsed.value;
}

/** The shipped scenario after an edit, as content. */
function edited(edit: (sc: ScenarioFile) => void) {
  const sc = scenario();
  edit(sc);
  return buildContent(sc);
}

const replay = golden('golden-historical.replay.json');

const proseEdits: [string, (sc: ScenarioFile) => void][] = [
  ['the title', (sc) => (sc.title = 'A retitled race')],
  ['the briefing', (sc) => (sc.briefing = 'A briefing rewritten from the first word to the last, for another class.')],
  ['the learning goals', (sc) => sc.learningGoals.push('Another goal.')],
  ['an event’s title and text', (sc) => Object.assign(sc.events[3]!, { title: 'Reworded', text: 'Reworded from start to end.' })],
  ['an event’s source', (sc) => (sc.events[3]!.source = { file: 'calibration-facts.md §9', outlet: 'another outlet', date: '2024' })],
  ['an objective’s text', (sc) => (sc.objectives[0]!.text = 'Hold, in other words.')],
  [
    'a nation’s and a firm’s name',
    (sc) =>
      Object.assign(
        sc,
        { nations: sc.nations.map((n, i) => (i ? n : { ...n, name: 'Freedonia' })) },
        { firms: sc.firms.map((f) => ({ ...f, name: `${f.name} plc` })) },
      ),
  ],
  ['a product’s names', (sc) => Object.assign(sc.products[0]!, { name: 'shell', plural: 'shells', unit: 'shots' })],
  [
    'a line’s and a plant template’s names',
    (sc) => {
      sc.lines[0]!.plantName = 'Renamed works';
      sc.plantTemplates[0]!.plantName = 'Renamed new plant';
    },
  ],
  ['a plant’s map site', (sc) => Object.assign(sc.lines[0]!, { site: [10, 50] })],
  ['the constraints and the record', (sc) => Object.assign(sc, { constraints: [], record: [] })],
  ['the map’s sides', (sc) => (sc.map = { allied: ['Iceland'], opponent: [], defended: ['Ukraine'] })],
];

const ruleEdits: [string, (sc: ScenarioFile) => void][] = [
  ['rules.front.gainNoiseBp', (sc) => (sc.rules.front.gainNoiseBp += 1)],
  ['a product’s unitsPerEscalationBp', (sc) => (sc.products[0]!.unitsPerEscalationBp += 1)],
  ['rules.politics.requestMissedCohesionBp', (sc) => (sc.rules.politics.requestMissedCohesionBp += 1)],
  [
    'a point of rules.industry.learningCurve',
    (sc) => (sc.rules.industry.learningCurve = sc.rules.industry.learningCurve.map(([x, y], i) => [x, i === 1 ? y + 1 : y])),
  ],
  ['a line’s capacity', (sc) => (sc.lines[0]!.capacityPerShift += 1)],
  ['a nation’s readiness floor', (sc) => (sc.nations[1]!.readinessFloor.shell! += 1)],
  ['an event’s trigger month', (sc) => (sc.events.find((e) => e.trigger.kind === 'month')!.trigger = { kind: 'month', month: '2024-10' })],
  ['an objective’s target', (sc) => (sc.objectives[0]!.target = (sc.objectives[0]!.target as number) + 1)],
];

describe('the content hash', () => {
  const c = shipped();

  it('is the one the golden replays of this rules version were recorded with', () => {
    expect(replay.scenario.hash).toBe(c.hash);
    expect(checkReplay(replay, c).ok).toBe(true);
  });

  it.each(proseEdits)('stays the same when %s is edited, so a replay still verifies', (_what, edit) => {
    const after = edited(edit);
    expect(after.hash).toBe(c.hash);
    expect(checkReplay(replay, after)).toMatchObject({ ok: true, finalHash: replay.finalHash });
  });

  it.each(ruleEdits)('changes when %s is edited, and the golden is refused with the content-hash message', (_what, edit) => {
    const after = edited(edit);
    expect(after.hash).not.toBe(c.hash);
    expect(checkReplay(replay, after)).toEqual({
      ok: false,
      message: `needs scenario "race-of-logistics" with content hash ${c.hash}; the one found has ${after.hash} (its rules or figures were edited)`,
    });
  });

  it('does not change when a default tunable is written out in the file', () => {
    const sc = scenario();
    const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/race-of-logistics.json'), 'utf8'));
    expect(raw.rules.front).toBeUndefined();
    expect(edited((x) => (x.rules.front = { ...sc.rules.front })).hash).toBe(c.hash);
  });
});
