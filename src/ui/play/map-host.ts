/**
 * The Phaser map beside the panels: started lazily, after a render that shows
 * the game screen, so the menu is usable before Phaser has even been fetched;
 * started again when another game comes on screen.
 */
import type { GameStore } from '../../store/game-store';
import type { SessionState } from '../store';

export function createMapHost(root: HTMLElement): { update(s: SessionState): void } {
  let map: { destroy(): void } | undefined;
  let mapFor: GameStore | null = null;
  let mapIn: HTMLElement | null = null;
  let loading = false;

  async function update(s: SessionState) {
    // Called after render: the map's container is on the page only while a game is.
    const container = root.querySelector<HTMLElement>('#map');
    // Another game, or the same one on a screen drawn anew (the replay viewer, left and opened again), gets its map.
    if (!container || !s.game || !s.scenario || (mapFor === s.game && mapIn === container) || loading) return;
    loading = true;
    map?.destroy();
    const { startMap } = await import('../../game/start-map');
    map = await startMap({ parent: container, game: s.game, scenario: s.scenario });
    mapFor = s.game;
    mapIn = container;
    loading = false;
  }

  return { update: (s) => void update(s) };
}
