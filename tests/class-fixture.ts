/**
 * A class file for the tests: race-in-a-lesson for six to nine months, new
 * plants locked for every nation, Poland's drawdowns locked below its
 * readiness floor, the US aid freeze forced into May 2023 and a trainer's own
 * windfall for Poland in August, the intelligence on Russia hidden.
 */
import type { ClassFile } from '../src/share/class-file';

export function aClass(change: Partial<ClassFile> = {}): ClassFile {
  return {
    format: 'race-of-logistics/class',
    version: 1,
    id: 'class-7b',
    title: 'Class 7b: plants or stocks?',
    goals: ['See why a plant takes two years'],
    scenario: { id: 'race-in-a-lesson' },
    seed: '0000-0007-S',
    roles: ['US', 'PL'],
    locks: [{ order: 'fundPlant' }, { order: 'drawdown', nations: ['PL'], belowReadinessFloor: true }],
    injects: [
      { month: '2023-05', event: 'us-aid-freeze' },
      {
        month: '2023-08',
        custom: {
          id: 'trainer-windfall',
          title: 'A windfall for Poland',
          text: 'The trainer gives Poland a one-off budget top-up.',
          source: { file: 'trainer', outlet: 'Class 7b trainer', date: '2023-08' },
          actions: [{ kind: 'funds', nationId: 'PL', deltaEur: 1_000_000_000 }],
        },
      },
    ],
    visibility: { hideRussia: true, hideOtherScores: false },
    months: 9,
    ...change,
  };
}
