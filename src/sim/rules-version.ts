/** Bumped whenever a rule change alters outcomes: old replays then say which version they need. */
export const RULES_VERSION = 1;
