/**
 * Phaser redraws the whole map every frame even when nothing on it moves.
 * With software WebGL (a school laptop without GPU drivers, headless
 * Chromium) such a frame costs tens of milliseconds, and the page's own frames
 * (a month's headlines) wait behind it: measured, End month took 3 to 6 frames
 * of the bare scene to show while the map idled at 20–30 frames a second.
 * So the loop sleeps once nothing has moved for IDLE_MS, and wakes for what
 * can change the picture: the scene's own redraws and tweens (it calls
 * `wake`), the pointer over the map (tooltips), and a resize (the scale).
 */
import type { Game, Scene } from 'phaser';

/** How long the loop keeps running after the last change or pointer move. */
const IDLE_MS = 400;

export interface RenderOnDemand {
  /** Draws a frame now and keeps drawing until the map is still again. */
  wake(): void;
}

export function renderOnDemand(game: Game, scene: Scene): RenderOnDemand {
  let lastActivity = performance.now();
  const wake = () => {
    lastActivity = performance.now();
    if (game.loop.running) return;
    // No catching up on the time asleep: tweens start from where they were.
    game.loop.resetDelta();
    game.loop.wake();
  };
  game.events.on('postrender', () => {
    if (scene.tweens.getTweens().length > 0) return;
    if (performance.now() - lastActivity >= IDLE_MS) game.loop.sleep();
  });
  const canvas = game.canvas;
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'wheel'] as const) canvas.addEventListener(type, wake, { passive: true });
  window.addEventListener('resize', wake);
  game.events.once('destroy', () => {
    for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'wheel'] as const) canvas.removeEventListener(type, wake);
    window.removeEventListener('resize', wake);
  });
  return { wake };
}
