/** The saved games the menu offers: this tab's own game first, then the most recently saved. */
import { describe, expect, it } from 'vitest';
import { orderSavedGames, savedAtText, type SavedGame } from '../../src/ui/menu/saved-games';

const saved = (gameId: string, savedAt: string): SavedGame => ({
  key: `game-${gameId}`,
  gameId,
  scenarioId: 'race-of-logistics',
  scenarioTitle: 'Race of Logistics',
  score: 60,
  role: 'Alliance coordinator',
  month: 'Apr 2023',
  seed: 'R4Y2-F0BD-E',
  played: 2,
  savedAt,
});

describe('the order saved games are offered in', () => {
  const older = saved('older0001', '2025-01-01T10:00:00.000Z');
  const newer = saved('newer0001', '2025-03-01T10:00:00.000Z');
  const mine = saved('minemine1', '2024-12-01T10:00:00.000Z');

  it('the most recently saved game comes first', () => {
    expect(orderSavedGames([older, newer], null).map((g) => g.gameId)).toEqual(['newer0001', 'older0001']);
  });

  it('after a reload a tab is offered its own game first, even when another tab saved since', () => {
    expect(orderSavedGames([older, newer, mine], 'minemine1').map((g) => g.gameId)).toEqual(['minemine1', 'newer0001', 'older0001']);
  });

  it('a save whose date does not read as one comes last and is shown as written', () => {
    const odd = saved('oddodd001', 'yesterday');
    expect(orderSavedGames([odd, older], null).map((g) => g.gameId)).toEqual(['older0001', 'oddodd001']);
    expect(savedAtText('yesterday')).toBe('yesterday');
  });
});
