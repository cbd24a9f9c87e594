/** The command line as trainers and scripts use it: exit codes, JSON output, plain errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../src/share/result-code';
import { RULES_VERSION } from '../../src/sim/rules-version';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'rol-cli-'));

function sim(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('sim run', () => {
  it('prints one JSON object with the result and metrics', () => {
    const r = sim('run', '--scenario', 'race-of-logistics', '--seed', 'RACE-2023-X', '--policy', 'balanced', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({
      rulesVersion: RULES_VERSION,
      scenario: { id: 'race-of-logistics' },
      seed: 'RACE-2023-X',
      turns: 23,
      outcome: expect.stringMatching(/victory|defeat/),
    });
    expect(out.finalHash).toMatch(/^[0-9a-f]{14}$/);
    expect(out.scenario.hash).toMatch(/^[0-9a-f]{14}$/);
    for (const key of ['territoryLostKm2', 'avgFireRatioBp', 'natoMonthlyArtillery', 'russiaMonthlyShells', 'ukraineStock', 'stocks', 'cohesionBp'])
      expect(out.metrics).toHaveProperty(key);
  });

  it('chooses and reports a seed when none is given, and that seed repeats the war', () => {
    const first = JSON.parse(sim('run', '--scenario', 'race-of-logistics', '--json').out);
    expect(first.seedWasChosen).toBe(true);
    const again = JSON.parse(sim('run', '--scenario', 'race-of-logistics', '--seed', first.seed.toLowerCase(), '--json').out);
    expect(again.finalHash).toBe(first.finalHash);
  });

  it('answers a mistyped seed with a clear error and exit 1', () => {
    const r = sim('run', '--scenario', 'race-of-logistics', '--seed', 'RACE-2O23-Y');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--seed: .*mistyped/);
    noStack(r.err);
  });

  it('plays an orders file for the nations it names; a version-1 file plays the same as version 2', () => {
    const orders = join(tmp, 'orders.json');
    const old = join(tmp, 'orders-v1.json');
    const file = (version: number, order: object) => JSON.stringify({ format: 'race-of-logistics/orders', version, nations: ['US'], turns: [[order]] });
    writeFileSync(orders, file(2, { kind: 'drawdown', actor: 'US', product: 'shell', amount: 500000 }));
    writeFileSync(old, file(1, { kind: 'drawdown', nationId: 'US', product: 'shell', amount: 500000 }));
    const run = (...extra: string[]) =>
      JSON.parse(sim('run', '--scenario', 'race-of-logistics', '--seed', 'RACE-2023-X', '--policy', 'passive', ...extra, '--json').out);
    const withOrders = run('--orders', orders);
    const without = run();
    expect(withOrders.metrics.territoryLostKm2).toBeLessThan(without.metrics.territoryLostKm2);
    expect(run('--orders', old).finalHash).toBe(withOrders.finalHash);
  });
});

describe('every shipped scenario in the CLI', () => {
  it.each(['stocks-running-dry', 'before-bucharest', 'race-of-logistics', 'washington-summit', 'turning-the-tide', 'full-campaign'])(
    '%s validates and plays to the end',
    (id) => {
      expect(sim('validate', `scenarios/${id}.json`).code).toBe(0);
      const r = sim('run', '--scenario', id, '--seed', 'RACE-2023-X', '--policy', 'historical', '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ scenario: { id }, outcome: expect.stringMatching(/victory|defeat/) });
    },
  );
});

describe('sim validate', () => {
  it('exits 0 for valid files', () => {
    const r = sim(
      'validate',
      'scenarios/race-of-logistics.json',
      `seeds/rules-${RULES_VERSION}/golden-passive.replay.json`,
      'seeds/rules-1/golden-passive.replay.json',
    );
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(3);
  });

  it('prints one <file>: <json.path>: <message> line per problem and exits 1', () => {
    const sc = JSON.parse(readFileSync(join(root, 'scenarios/race-of-logistics.json'), 'utf8'));
    sc.nations[0].stock.shell = -5;
    delete sc.firms[1].name;
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify(sc));
    const r = sim('validate', bad);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(`${bad}: $.nations[0].stock.shell: Too small: expected number to be >=0`);
    expect(lines.some((l) => l.startsWith(`${bad}: $.firms[1].name: `))).toBe(true);
    noStack(r.out + r.err);
  });

  it('catches what the schema alone accepts: a shipped id reused, an objective month after the end, a source the game does not have', () => {
    const sc = JSON.parse(readFileSync(join(root, 'scenarios/race-in-a-lesson.json'), 'utf8'));
    const outproduce = sc.objectives.findIndex((o: { kind: string }) => o.kind === 'outproduceRussia');
    sc.objectives[outproduce].target = '2025-06';
    sc.events[0].source.file = '005_missing.txt';
    const mine = join(tmp, 'my-lesson.json');
    writeFileSync(mine, JSON.stringify(sc));
    const lines = sim('validate', mine).out.trim().split('\n');
    expect(lines).toContain(`${mine}: $.id: "race-in-a-lesson" is the id of a shipped scenario: give your own scenario its own id`);
    expect(lines).toContain(`${mine}: $.objectives[${outproduce}].target: 2025-06 is outside the scenario (2023-02 to 2024-12)`);
    expect(lines.some((l) => l.startsWith(`${mine}: $.events[0].source.file: "005_missing.txt" is not a source the game has`))).toBe(true);
    // Its own id and sound citations make it valid.
    writeFileSync(mine, JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'scenarios/race-in-a-lesson.json'), 'utf8')), id: 'my-lesson' }));
    expect(sim('validate', mine).out.trim()).toBe(`${mine}: valid scenario`);
  });

  it('checks a class file against the shipped scenario it names, with JSON paths', () => {
    const k = {
      format: 'race-of-logistics/class',
      version: 1,
      id: 'class-7b',
      title: 'Class 7b',
      scenario: { id: 'race-in-a-lesson' },
      seed: '0000-0007-S',
      roles: ['PL'],
      locks: [{ order: 'fundPlant' }],
      injects: [{ month: '2023-05', event: 'us-aid-freeze' }],
    };
    const good = join(tmp, 'class.json');
    writeFileSync(good, JSON.stringify(k));
    const bad = join(tmp, 'class-bad.json');
    writeFileSync(bad, JSON.stringify({ ...k, roles: ['XX'], injects: [{ month: '2023-05', event: 'nope' }] }));
    const r = sim('validate', good, bad);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([
      `${good}: valid class file`,
      `${bad}: $.roles[0]: "XX" is not a playable nation of race-in-a-lesson nor "coordinator"`,
      `${bad}: $.injects[0].event: no event "nope" in race-in-a-lesson`,
    ]);
  });

  it('reports broken JSON and missing files without a stack trace', () => {
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{"format": ');
    const r = sim('validate', broken, join(tmp, 'missing.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.json: \$: not valid JSON/);
    expect(r.out).toMatch(/missing\.json: cannot read \(no such file\)/);
    noStack(r.out + r.err);
  });
});

describe('sim replay and verify', () => {
  it('a replay verifies, and a tampered one names the first turn that differs', () => {
    const out = join(tmp, 'game.replay.json');
    expect(sim('replay', '--scenario', 'race-of-logistics', '--seed', 'BA1A-NCED-K', '--policy', 'historical', '--out', out).code).toBe(0);
    const ok = sim('verify', out);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/verified 23 months/);
    const replay = JSON.parse(readFileSync(out, 'utf8'));
    replay.turns[4].orders.push({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 100000 });
    writeFileSync(out, JSON.stringify(replay));
    const bad = sim('verify', out);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/month 5 \(Jun 2023\) differs/);
  });

  it('a replay made under rules version 1 is answered with both versions and exit 1, not re-simulated', () => {
    const r = sim('verify', 'seeds/rules-1/golden-balanced.replay.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('rules version 1');
    expect(r.out).toContain(`rules version ${RULES_VERSION}`);
    expect(r.out).not.toMatch(/verified|differs/);
    noStack(r.out + r.err);
  });
});

describe('sim link and verify with a replay link', () => {
  it('prints one link that verifies given on the command line or in a file; a changed or older-rules link is refused with exit 1', () => {
    const r = sim('link', `seeds/rules-${RULES_VERSION}/golden-historical.replay.json`, '--base', 'https://example.org/rol/');
    expect(r.code).toBe(0);
    const link = r.out.trim();
    expect(link).toMatch(/^https:\/\/example\.org\/rol\/#\/replay\?g=[A-Za-z0-9_-]+$/);
    const ok = sim('verify', link);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^link: verified 23 months \(2023-02 to 2024-12\)/);
    const file = join(tmp, 'game.link');
    writeFileSync(file, link + '\n');
    expect(sim('verify', file).out).toMatch(/game\.link: verified 23 months/);
    const cut = sim('verify', link.slice(0, -40));
    expect(cut.code).toBe(1);
    expect(cut.out).toMatch(/cut short or mistyped/);
    noStack(cut.out + cut.err);
    const old = sim('link', 'seeds/rules-1/golden-balanced.replay.json');
    expect(old.code).toBe(1);
    expect(old.err).toContain(`made with rules version 1; this game plays rules version ${RULES_VERSION}`);
  });
});

describe('sim verify with a result code', () => {
  it('a team’s code verifies; a code claiming a better score fails', () => {
    const out = join(tmp, 'team.replay.json');
    expect(sim('replay', '--scenario', 'stocks-running-dry', '--seed', 'BA1A-NCED-K', '--policy', 'balanced', '--out', out).code).toBe(0);
    const replay = JSON.parse(readFileSync(out, 'utf8'));
    const run = JSON.parse(sim('run', '--scenario', 'stocks-running-dry', '--seed', 'BA1A-NCED-K', '--policy', 'balanced', '--json').out);
    const good = join(tmp, 'team.code');
    writeFileSync(good, encodeResultCode(replay, { score: run.score, outcome: run.outcome, team: 'Team 1' }));
    const ok = sim('verify', good);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`Team 1: ${run.score}/100`);
    const bad = join(tmp, 'bad.code');
    writeFileSync(bad, encodeResultCode(replay, { score: Math.min(100, run.score + 5), outcome: 'victory', team: 'Team 2' }));
    const refused = sim('verify', bad);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/claims .* but the game re-simulates to/);
  });
});

describe('sim forecast', () => {
  it('plays futures from a month: the chance of victory and of each objective, and bands that widen towards the end', () => {
    const r = sim('forecast', '--scenario', 'race-in-a-lesson', '--seed', 'RACE-2023-X', '--from', '2023-08', '--futures', '40', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ scenario: 'race-in-a-lesson', seed: 'RACE-2023-X', from: '2023-08', futures: 40, policy: 'balanced' });
    expect(out.winBp).toBeGreaterThanOrEqual(0);
    expect(out.winBp).toBeLessThanOrEqual(10_000);
    expect(out.months).toHaveLength(17);
    const first = out.gainKm2[0];
    const last = out.gainKm2.at(-1);
    // The further ahead, the less certain: the spread of Russian gains grows to the end.
    expect(last.p90 - last.p10).toBeGreaterThan(first.p90 - first.p10);
    expect(out.objectives).toHaveLength(7);
  });

  it('refuses a month outside the scenario or a bad count, naming the option', () => {
    const late = sim('forecast', '--scenario', 'race-in-a-lesson', '--seed', 'RACE-2023-X', '--from', '2031-01');
    expect(late.code).toBe(1);
    expect(late.err).toMatch(/--from: "2031-01" is not a month of the scenario \(YYYY-MM, 2023-02 to 2024-12\)/);
    const many = sim('forecast', '--scenario', 'race-in-a-lesson', '--seed', 'RACE-2023-X', '--futures', 'lots');
    expect(many.code).toBe(1);
    expect(many.err).toMatch(/--futures: "lots" is not a whole number/);
  });
});

describe('sim batch', () => {
  it('prints win rate and metric percentiles as one JSON object', () => {
    const r = sim('batch', '--scenario', 'race-of-logistics', '--seeds', '6', '--policy', 'passive', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ scenario: 'race-of-logistics', policy: 'passive', seeds: 6 });
    expect(out.winRate).toBeGreaterThanOrEqual(0);
    expect(out.winRate).toBeLessThanOrEqual(1);
    expect(out.percentiles.territoryLostKm2.p50).toBeGreaterThan(0);
  });

  it('gives the same JSON on one worker and on two worker threads, with seeds spread over several slices', () => {
    const args = ['batch', '--scenario', 'race-in-a-lesson', '--seeds', '21', '--policy', 'balanced', '--json'];
    const one = sim(...args, '--workers', '1');
    const two = sim(...args, '--workers', '2');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(JSON.parse(two.out).seeds).toBe(21);
    // A pipe gets the JSON alone: the progress bar is for a terminal.
    expect(two.err).toBe('');
  });

  it('rejects a bad --seeds or --workers, or an unknown option, with exit 1', () => {
    expect(sim('batch', '--scenario', 'race-of-logistics', '--seeds', 'many').code).toBe(1);
    const workers = sim('batch', '--scenario', 'race-of-logistics', '--seeds', '2', '--workers', '0');
    expect(workers.code).toBe(1);
    expect(workers.err).toMatch(/--workers: "0" is not a whole number from 1 to 64/);
    const r = sim('run', '--scenario', 'race-of-logistics', '--sede', 'x');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--sede is not an option of run \(it takes --scenario, --seed/);
  });
});

describe('every command says what it does', () => {
  it('refuses an option it does not use with one line and exit 1 (batch takes no --seed or --orders; verify no --seeds)', () => {
    for (const [args, pattern] of [
      [['batch', '--scenario', 'race-of-logistics', '--seeds', '2', '--seed', 'RACE-2023-X'], /--seed is not an option of batch/],
      [['batch', '--scenario', 'race-of-logistics', '--seeds', '2', '--orders', 'missing.json'], /--orders is not an option of batch/],
      [['verify', 'seeds/rules-9/golden-passive.replay.json', '--seeds', '3'], /--seeds is not an option of verify/],
      [['run', '--scenario', 'race-of-logistics', 'extra.json'], /run: takes no file names/],
    ] as [string[], RegExp][]) {
      const r = sim(...args);
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(pattern);
    }
  });

  it('every command has a --help with an example that works as written', () => {
    for (const command of ['run', 'validate', 'replay', 'verify', 'link', 'batch', 'results']) {
      const r = sim(command, '--help');
      expect(r.code).toBe(0);
      const example = /npm run -s sim -- (.+)$/m.exec(r.out)?.[1];
      expect(example, `${command} --help shows an example`).toBeTruthy();
      const args = example!.split(' ').map((a) => (a === 'game.replay.json' ? join(tmp, 'help-example.replay.json') : a));
      expect(sim(...args).code, example).toBe(0);
    }
  });

  it('an unknown command, even one named like an object property, gets the list of commands and exit 1', () => {
    for (const word of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'frobnicate']) {
      const r = sim(word);
      expect(r.code, word).toBe(1);
      expect(r.err).toMatch(/the commands are run, validate, replay, verify, link, batch/);
    }
  });

  it('verify takes several files, reports each, and prints JSON with --json', () => {
    const tampered = join(tmp, 'tampered.replay.json');
    const golden = JSON.parse(readFileSync(join(root, 'seeds/rules-9/golden-passive.replay.json'), 'utf8'));
    golden.turns[1].hash = '00000000000000';
    writeFileSync(tampered, JSON.stringify(golden));
    const r = sim('verify', 'seeds/rules-9/golden-balanced.replay.json', tampered, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ ok: true });
    expect(out[1]).toMatchObject({ ok: false, message: expect.stringMatching(/month 2/) });
  });

  it('a scenario id inside a replay is an id, never a path: /etc/passwd or /dev/zero is refused at once, unread', () => {
    for (const id of ['/etc/passwd', '/dev/zero', '../scenarios/race-of-logistics']) {
      const replay = JSON.parse(readFileSync(join(root, 'seeds/rules-9/golden-passive.replay.json'), 'utf8'));
      replay.scenario.id = id;
      const file = join(tmp, 'path-id.replay.json');
      writeFileSync(file, JSON.stringify(replay));
      const r = sim('verify', file);
      expect(r.code, id).toBe(1);
      expect(r.out).toMatch(/is not an id/);
      expect(r.out).not.toMatch(/root:/);
    }
  });

  it('run reports each refused order of an orders file with its month and reason, and fails unless --allow-refused', () => {
    const orders = join(tmp, 'refused.json');
    const offer = {
      firmId: 'rheinmetal',
      product: 'shell',
      buyers: [{ nationId: 'DE', shareBp: 10000 }],
      perMonth: 1000,
      months: 12,
      unitPriceEur: 5000,
      advanceBp: 0,
      capacityClause: false,
      indexed: false,
      deliverTo: 'ukraine',
    };
    writeFileSync(
      orders,
      JSON.stringify({ format: 'race-of-logistics/orders', version: 2, nations: ['DE'], turns: [[], [{ kind: 'offer', actor: 'DE', offer }]] }),
    );
    const base = ['run', '--scenario', 'race-of-logistics', '--seed', 'RACE-2023-X', '--orders', orders];
    const r = sim(...base);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Mar 2023 \(\$\.turns\[1\]\[0\]\): offer by DE refused: unknown firm "rheinmetal"/);
    expect(sim(...base, '--allow-refused').code).toBe(0);
  });

  it('refuses an orders file that gives orders for a nation it does not claim', () => {
    const orders = join(tmp, 'unclaimed.json');
    writeFileSync(
      orders,
      JSON.stringify({ format: 'race-of-logistics/orders', version: 2, nations: ['DE'], turns: [[{ kind: 'pledge', actor: 'US', shareBp: 400 }]] }),
    );
    const r = sim('run', '--scenario', 'race-of-logistics', '--seed', 'RACE-2023-X', '--orders', orders);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\$\.turns\[0\]\[0\]\.actor: "US" is not one of the nations this file plays/);
  });
});
