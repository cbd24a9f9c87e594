/** `sim results`: a class's codes from many files, verified and tabled by war; a refused code is a row with its reason, never a crash. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { LiveClass } from '../../src/server/live-class';
import { shelfFrom } from '../../src/share/class-file';
import { seedFromValue } from '../../src/share/seed-code';
import { aClass } from '../class-fixture';
import { renamed, tampered, teamCode } from '../result-codes';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'rol-results-'));

function sim(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SEED = 'RACE-2023-X';
const a = teamCode({ team: 'Team A', policy: 'balanced', seed: SEED });
const b = teamCode({ team: 'Team B', policy: 'historical', seed: SEED });
const other = teamCode({ team: 'Team E', policy: 'passive', seed: seedFromValue(31).code });

describe('sim results', () => {
  const codes = join(tmp, 'codes.txt');
  const more = join(tmp, 'more.txt');
  writeFileSync(codes, [a.code, `Team B: ${b.code}`, 'not a code at all', tampered(b, 'Team T', 2)].join('\n'));
  writeFileSync(more, [renamed(a, 'Team D'), other.code].join('\r\n'));

  it('prints one table per scenario and seed, and each refused code as a row with its reason; exit 0', () => {
    const r = sim('results', codes, more);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(`The race of logistics (Feb 2023 – Dec 2024), seed ${SEED}: 3 teams`);
    expect(r.out).toContain(`seed ${seedFromValue(31).code}: 1 team`);
    expect(r.out).toMatch(/Team A .*same orders as Team D: a copy\?/);
    expect(r.out).toMatch(/codes\.txt line 3 .*unreadable .*"not a code at all"/);
    expect(r.out).toMatch(/codes\.txt line 4 +Team T +tampered +tampered with: Apr 2023 is the first month/);
  });

  it('--class marks one class: games that are not that class’s are refused as another scenario, and a broken class file is named with its JSON path', () => {
    const klass = join(tmp, 'class.json');
    const file = {
      format: 'race-of-logistics/class',
      version: 1,
      id: 'class-7b',
      title: 'Class 7b',
      scenario: { id: 'race-of-logistics' },
      seed: SEED,
      roles: ['US'],
    };
    writeFileSync(klass, JSON.stringify(file));
    const r = sim('results', codes, '--class', klass, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.groups).toHaveLength(0);
    expect(out.refused.filter((x: { kind: string }) => x.kind === 'otherScenario').length).toBe(2);
    writeFileSync(klass, JSON.stringify({ ...file, roles: ['XX'] }));
    const bad = sim('results', codes, '--class', klass);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('$.roles[0]: "XX" is not a playable nation');
  });

  it('--class marks a class that ran live from the file as prepared: the live class is facilitated, and its codes verify', () => {
    const klass = aClass();
    expect(klass.facilitated).toBeFalsy();
    const made = LiveClass.fromFile('ABC-DEF-G', JSON.parse(JSON.stringify(klass)), shelfFrom([loadScenarioById('race-in-a-lesson').scenario]));
    if (!made.ok) throw new Error(made.problem);
    const team = teamCode({ team: 'Bears', policy: 'balanced', seed: klass.seed, content: made.value.content });
    const path = join(tmp, 'live-class.json');
    writeFileSync(path, JSON.stringify(klass));
    const codesFile = join(tmp, 'live-codes.txt');
    writeFileSync(codesFile, team.code);
    const out = JSON.parse(sim('results', codesFile, '--class', path, '--json').out);
    expect(out.refused).toEqual([]);
    expect(out.groups[0].teams.map((t: { team: string }) => t.team)).toEqual(['Bears']);
  });

  it('--seed keeps the class’s war: a code of another seed is refused as another class’s', () => {
    const r = sim('results', codes, more, '--seed', SEED.toLowerCase(), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.groups).toHaveLength(1);
    expect(out.groups[0].teams.map((t: { team: string }) => t.team).sort()).toEqual(['Team A', 'Team B', 'Team D']);
    expect(out.groups[0].teams[0]).toMatchObject({ score: expect.any(Number), grade: expect.any(String), months: expect.any(Array) });
    expect(out.groups[0].teams[0]).not.toHaveProperty('turns');
    expect(out.refused.map((x: { team?: string; kind: string }) => [x.team ?? null, x.kind])).toEqual([
      [null, 'notACode'],
      ['Team T', 'tampered'],
      ['Team E', 'otherSeed'],
    ]);
  });

  it('--csv writes one row per team and month plus its totals, in UTF-8 with a byte-order mark', () => {
    const csv = join(tmp, 'class.csv');
    expect(sim('results', codes, '--csv', csv).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text.trimEnd().split('\r\n').slice(1);
    expect(rows.filter((r) => r.includes(',Team A,'))).toHaveLength(23 + 1);
    expect(rows.filter((r) => /,"?refused \(/.test(r))).toHaveLength(2);
  });

  it('a file that cannot be read is named with exit 1, and the others are still tabled; a refused code alone is exit 0', () => {
    const r = sim('results', join(tmp, 'missing.txt'), more);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt: cannot read \(no such file\)/);
    expect(r.out).toContain('Team D');
    const garbage = join(tmp, 'garbage.txt');
    writeFileSync(garbage, 'ROL2.@@@@\n{}\n');
    const g = sim('results', garbage);
    expect(g.code).toBe(0);
    expect(g.out).toMatch(/Refused: 2/);
  });

  it('a bad --seed is answered in one line with exit 1', () => {
    const r = sim('results', codes, '--seed', 'RACE-2O23-Y');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/--seed: .*mistyped/);
  });
});
