/** The class on the trainer's desk, kept in the browser for the next visit (trainer play-test: each visit drew a new seed). */
import { describe, expect, it } from 'vitest';
import { deskFromText } from '../../src/ui/trainer/kept-desk';
import { aClass } from '../class-fixture';

const file = aClass();

describe('a kept desk', () => {
  it('comes back as the draft it was: its scenario, seed, roles, locks and injects', () => {
    const d = deskFromText(JSON.stringify(file));
    expect(d).toMatchObject({
      id: 'class-7b',
      scenarioId: 'race-in-a-lesson',
      seed: '0000-0007-S',
      roles: ['US', 'PL'],
      locks: file.locks,
      injects: file.injects,
    });
    expect(d).not.toHaveProperty('scenario');
  });

  it('is left when it is missing, cut, oversize, not a class file, or carries its own scenario (the desk makes none)', () => {
    expect(deskFromText(null)).toBeNull();
    expect(deskFromText(JSON.stringify(file).slice(0, 60))).toBeNull();
    expect(deskFromText(JSON.stringify({ ...file, title: 'x'.repeat(300_000) }))).toBeNull();
    expect(deskFromText(JSON.stringify({ ...file, format: 'race-of-logistics/replay' }))).toBeNull();
    expect(deskFromText(JSON.stringify({ ...file, roles: 'PL' }))).toBeNull();
    expect(deskFromText(JSON.stringify({ ...file, scenario: { file: {} } }))).toBeNull();
  });
});
