/** The scenario the menu opens on: the one made for a lesson. The build preloads its file beside the page's script (vite.config.ts). */
export const DEFAULT_SCENARIO = 'race-in-a-lesson';
