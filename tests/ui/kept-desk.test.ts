/** The class on the trainer's desk, kept in the browser for the next visit (trainer play-test: each visit drew a new seed). */
import { describe, expect, it } from 'vitest';
import { deskFromText } from '../../src/ui/trainer/kept-desk';

const file = {
  format: 'race-of-logistics/class',
  version: 1,
  id: 'class-7b',
  title: 'Class 7b',
  scenario: { id: 'race-in-a-lesson' },
  seed: '0000-0007-S',
  roles: ['coordinator', 'PL'],
  locks: [{ order: 'fundPlant' }],
};

describe('a kept desk', () => {
  it('comes back as the draft it was: its scenario, seed, roles and locks', () => {
    const d = deskFromText(JSON.stringify(file));
    expect(d).toMatchObject({
      id: 'class-7b',
      scenarioId: 'race-in-a-lesson',
      seed: '0000-0007-S',
      roles: ['coordinator', 'PL'],
      locks: [{ order: 'fundPlant' }],
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
