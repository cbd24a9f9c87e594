/** Boots the page: the DOM shell first (usable at once); the Phaser map comes with the client. */
import { mountCampaignRunner } from './ui/campaign-runner';

mountCampaignRunner(document.getElementById('app')!);
