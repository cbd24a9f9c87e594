/**
 * The parts of Phaser the map uses: Phaser's own core build (scenes, the WebGL and canvas renderers,
 * input, tweens, text, graphics, images) and the shapes and containers the map draws its markers
 * with. The build and the dev server take this for 'phaser' (vite.config.ts); the types stay
 * Phaser's. The whole library is 354 KB gzipped and does not tree-shake; this is about two thirds
 * of it (issue 14: all the JavaScript a student loads at most 1.3× a bare Phaser scene's).
 */
import Core from 'phaser-src/phaser-core.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/shape/star/StarFactory.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';

const Phaser = Core as typeof import('phaser');
export const { AUTO, Game, Scale, Scene, Scenes } = Phaser;
export default Phaser;
