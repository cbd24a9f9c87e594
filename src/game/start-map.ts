/** Boots Phaser with the map scene; loaded lazily by the DOM client once a game is on screen. */
import { AUTO, Game, Scale } from 'phaser';
import type { ScenarioFile } from '../scenario/schema';
import type { GameStore } from '../store/game-store';
import { MAP_FRAME } from './projection';
import { MapScene, type MapData } from './scenes/MapScene';

export async function startMap(options: { parent: HTMLElement; game: GameStore; scenario: ScenarioFile }): Promise<{ destroy(): void }> {
  let map: MapData | null = null;
  try {
    const res = await fetch(new URL('map/europe.json', document.baseURI));
    if (res.ok) map = (await res.json()) as MapData;
  } catch {
    map = null; // the scene draws plants and sectors without coastlines, and says so
  }
  const game = new Game({
    type: AUTO,
    parent: options.parent,
    backgroundColor: '#cfe0ea',
    banner: false,
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH, width: MAP_FRAME.width, height: MAP_FRAME.height },
  });
  game.scene.add('map', MapScene, true, { store: options.game, scenario: options.scenario, map });
  (window as unknown as { __rolMap?: Game }).__rolMap = game;
  return { destroy: () => game.destroy(true) };
}
