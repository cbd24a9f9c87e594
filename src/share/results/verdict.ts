/**
 * What the results dashboard and `sim results` say of each submission: a
 * verified team with the figures of its game, or the reason it was refused.
 * Plain data (it crosses from the verifying worker to the page); the English
 * is in src/share/text/results.ts.
 */
import type { ObjectiveKind } from '../../sim/content';
import type { Score } from '../../sim/score';
import type { PlayedTurn } from '../../sim/replay';

/** Why a submission is not in the table. */
export type Refusal =
  | { kind: 'tooLarge'; chars: number; max: number }
  | { kind: 'tooMany'; count: number; max: number }
  | { kind: 'notACode'; excerpt: string }
  /** it does not unpack or parse: the problems, each with its JSON path */
  | { kind: 'unreadable'; problems: string }
  | { kind: 'otherRules'; madeWith: number }
  | { kind: 'missingScenario'; scenarioId: string }
  /** the scenario here is not the one the game was played on: checkReplay's words, with both content hashes */
  | { kind: 'editedScenario'; detail: string }
  /** another class's game: not the scenario or the seed the class plays */
  | { kind: 'otherScenario'; scenarioId: string; classScenarioId: string }
  | { kind: 'otherSeed'; seed: string; classSeed: string }
  /** tampered with: the first month whose re-simulated state is not the one recorded */
  | { kind: 'tampered'; month: number }
  /** tampered with: a claimed score the game does not give */
  | { kind: 'claimDiffers'; claimed: number; claimedOutcome: Score['outcome']; score: number; outcome: Score['outcome'] }
  /** any other way the record does not hold (a bad seed, a final hash that is not the last state's, a game not played to its end) */
  | { kind: 'doesNotHold'; detail: string };

/** One month of a team's game, as the table's charts and the CSV show it. */
export interface MonthFigures {
  month: number;
  /** km² Russia took that month */
  russianGainKm2: number;
  /** Russian : Ukrainian fire that month, in bp */
  fireRatioBp: number;
  /** artillery the allies' lines made, in reference rounds */
  natoArtillery: number;
  /** Ukraine's artillery stock at the month's end, in reference rounds */
  ukraineArtillery: number;
  /** what the allies paid or came to owe that month */
  spentEur: number;
}

export interface ObjectiveMarks {
  id: string;
  kind: ObjectiveKind;
  /** whole points earned, of `weight` */
  points: number;
  weight: number;
}

/** A verified team: its claim held, month by month. */
export interface TeamResult {
  team: string;
  /** the code named no team (`team` then names it by where it came from): two such codes of one game are one team's, handed in twice */
  unnamed?: true;
  scenarioId: string;
  scenarioTitle: string;
  /** the seed's canonical code */
  seed: string;
  score: number;
  grade: Score['grade'];
  outcome: Score['outcome'];
  objectives: ObjectiveMarks[];
  russianGainKm2: number;
  avgFireRatioBp: number;
  spentEur: number;
  months: MonthFigures[];
  /** the game's record (every order and state hash): where two teams diverged is read from it */
  turns: PlayedTurn[];
  /**
   * Every month's state hash, in order: two teams whose orders were the same have the same key
   * (so copies are found by it), and so do two whose orders differ only where nothing took effect.
   */
  gameKey: string;
  /** the team's one-line reasons, by the month index a turn starts at (from its result code) */
  notes?: string[];
  /** the nations the team gave orders for (from its result code); every nation when missing */
  played?: string[];
  /** those nations by the scenario's names, when not every nation, for the table and the sheet (trainer play-test: no table said who played what) */
  playedNames?: string[];
}

/** What is known of a submission before it is verified (from its code), so a refusal can still name the team. */
export interface Claimed {
  team?: string;
  scenarioId?: string;
  seed?: string;
}

export type Verdict = { source: string } & ({ ok: true; result: TeamResult } | ({ ok: false; refusal: Refusal } & Claimed));
