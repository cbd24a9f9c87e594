/** A team named after a colour is drawn in it on the class's charts (trainer play-test: "Green" was red and "Red" green). */
import { describe, expect, it } from 'vitest';
import { teamColours } from '../../src/ui/results/team-colours';

describe("a team's colour in the class's charts", () => {
  it('is the colour its name says, whatever its place in the table', () => {
    const [green, red, blue] = teamColours(['Green', 'Red', 'Team Blue']);
    expect([green, red, blue]).toEqual(['#2e7d32', '#b3261e', '#1f5fa8']);
  });

  it('is a colour no other team has for a name without one, and for a second team of the same colour', () => {
    const colours = teamColours(['Bears', 'Red', 'Red Army', 'Wolves']);
    expect(colours[1]).toBe('#b3261e');
    expect(new Set(colours).size).toBe(4);
  });

  it('comes round again only once every colour is taken', () => {
    const colours = teamColours(Array.from({ length: 10 }, (_, i) => `Team ${i + 1}`));
    expect(new Set(colours.slice(0, 8)).size).toBe(8);
    expect(colours.slice(8)).toEqual(colours.slice(0, 2));
  });
});
