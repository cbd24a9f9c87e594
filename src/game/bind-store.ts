/**
 * Subscribes a scene to the game store and unsubscribes on both SHUTDOWN (the
 * scene stops) and DESTROY (the game is destroyed, which emits only DESTROY).
 */
import { Scenes, type Scene } from 'phaser';
import type { GameStore, GameStoreState } from '../store/game-store';

export function watchStore(scene: Scene, store: GameStore, fn: (state: GameStoreState, prev: GameStoreState) => void): void {
  const off = store.subscribe(fn);
  scene.events.once(Scenes.Events.SHUTDOWN, off);
  scene.events.once(Scenes.Events.DESTROY, off);
}
