/** Boots the DOM client; it loads the Phaser map on its own once a game starts. */
import { mountApp } from './ui/app';

void mountApp(document.getElementById('app')!);
