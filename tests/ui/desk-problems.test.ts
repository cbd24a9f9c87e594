/**
 * The class id's message on the trainer's desk says what in the id is not allowed (trainer play-test:
 * "Year 10" was refused as "an id: letters, digits…" with no word on the space that broke it).
 */
import { describe, expect, it } from 'vitest';
import { idFault } from '../../src/ui/trainer/desk-problems';

describe('what is wrong with a class id', () => {
  it('names a space, a tab, another character or a leading dash', () => {
    expect(idFault('Year 10')).toBe('it has a space');
    expect(idFault('Year\t10')).toBe('it has a tab or line break');
    expect(idFault('7b/2026')).toBe('it has "/"');
    expect(idFault('Klasse-7ü')).toBe('it has "ü"');
    expect(idFault('-7b')).toBe('it starts with "-"');
  });

  it('says nothing of an id the rules accept', () => {
    expect(idFault('class-7b_2026')).toBe('');
  });
});
