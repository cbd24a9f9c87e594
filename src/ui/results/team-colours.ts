/**
 * Each team's colour in the class's charts: the colour its name says when it names one ("Red", "Team Gold"), the
 * others the palette's next free colour (trainer play-test: the team "Green" was drawn in red and "Red" in green).
 * Every colour is dark enough to read as a line on the page's light background.
 */
const PALETTE = ['#1f5fa8', '#b3261e', '#2e7d32', '#7a4d00', '#6a3d9a', '#00838f', '#c2185b', '#455a64'];

/** Colour words a team name may carry, and the colour drawn for each (dark shades, for contrast on white). */
const NAMED: [RegExp, string][] = [
  [/\b(blue|navy)\b/i, '#1f5fa8'],
  [/\b(red|crimson)\b/i, '#b3261e'],
  [/\b(green)\b/i, '#2e7d32'],
  [/\b(gold|yellow|amber)\b/i, '#9a6b00'],
  [/\b(purple|violet)\b/i, '#6a3d9a'],
  [/\b(teal|cyan|turquoise)\b/i, '#00838f'],
  [/\b(pink|magenta)\b/i, '#c2185b'],
  [/\b(grey|gray|silver)\b/i, '#455a64'],
  [/\b(orange)\b/i, '#c75300'],
  [/\b(brown)\b/i, '#6d4c41'],
  [/\b(black)\b/i, '#212121'],
];

export function teamColours(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const out = names.map((name) => {
    const named = NAMED.find(([words, colour]) => words.test(name) && !taken.has(colour))?.[1];
    if (named) taken.add(named);
    return named;
  });
  let next = 0;
  return out.map((colour) => {
    if (colour) return colour;
    const free = PALETTE.filter((c) => !taken.has(c));
    // More teams than colours: the palette again, told apart by their dashes (results-charts-view.ts).
    return free.length ? (taken.add(free[0]!), free[0]!) : PALETTE[next++ % PALETTE.length]!;
  });
}
