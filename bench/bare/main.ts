/** The baseline for `npm run bench`: the smallest Phaser 4 scene, built with the same Vite. */
import { AUTO, Game, Scene } from 'phaser';

class Bare extends Scene {
  create(): void {
    this.add.rectangle(400, 300, 200, 120, 0x1f5fa8);
    this.add.text(320, 290, 'bare scene', { color: '#ffffff' });
    this.game.events.once('postrender', () => performance.mark('first-frame'));
  }
}

new Game({ type: AUTO, parent: 'game', width: 800, height: 600, banner: false, scene: Bare });
