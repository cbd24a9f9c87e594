/** A team key reads as a class code does: a typo or a swap is caught before it reaches the server. */
import { describe, expect, it } from 'vitest';
import { newTeamKey, parseTeamKey, TEAM_KEY_PATTERN } from '../../src/share/live/team-key';

describe('a team key', () => {
  it('reads back as made, in any case, with O for 0 and I or L for 1', () => {
    let n = 7;
    const key = newTeamKey(() => (n = (n * 1103515245 + 12345) >>> 0));
    expect(key).toMatch(TEAM_KEY_PATTERN);
    expect(parseTeamKey(key)).toEqual({ ok: true, key });
    expect(parseTeamKey(` ${key.toLowerCase().replace(/-/g, ' ')} `)).toEqual({ ok: true, key });
  });

  it('names a wrong length, a mistyped character and a character not used', () => {
    expect(parseTeamKey('K7QM-2XB4')).toEqual({ ok: false, error: 'a team key has 13 characters (like K7QM-2XB4-9PTR-5); "K7QM-2XB4" has 8' });
    let n = 3;
    const key = newTeamKey(() => (n = (n * 1103515245 + 12345) >>> 0));
    const typo = `${key[0] === 'A' ? 'B' : 'A'}${key.slice(1)}`;
    expect(parseTeamKey(typo)).toEqual({ ok: false, error: `"${typo}" does not check out: a character is mistyped` });
    expect(parseTeamKey('K7QM-2XB4-9PTR-U')).toMatchObject({ ok: false });
    expect(parseTeamKey('U7QM-2XB4-9PTR-5')).toEqual({ ok: false, error: '"U" (character 1) is not used in team keys' });
  });
});
