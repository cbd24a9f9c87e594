/**
 * The menu: the scenarios on offer, the one chosen, the seed and role, and
 * the message shown above the form. Starting a game hands it to the play
 * slice (beginGame) under a new game id, so it never replaces a saved game;
 * the saved games are in the saves slice.
 */
import { DEFAULT_SCENARIO } from '../../scenario/default-scenario';
import type { Challenge } from '../../share/challenges';
import type { BundledScenarios } from '../../scenario/bundled';
import type { ScenarioFile } from '../../scenario/schema';
import { newGame } from '../../scenario/build-game';
import { parseJson, validateScenario } from '../../scenario/validate';
import { parseShareLink } from '../../share/link';
import { parseClassLink } from '../../share/class-link';
import { classLineForRole, openClassLink, teamWords } from './class-link-open';
import { parseSeed } from '../../share/seed-code';
import { newGameId } from '../../persist/game-id';
import { createGameStore } from '../../store/game-store';
import { contentOf } from '../common/content-cache';
import { freshSeed } from '../common/seed';
import type { Slice } from '../store';
import { hotseatNations } from './teams-slice';
import { HOTSEAT, teamsProblem } from '../../share/teams';
import { mergeCatalogue, NO_SCENARIO, problemsText, withScenario } from './catalogue';

/** The scenario the menu selects first: the one that fits a lesson (a play-tester who just pressed Start got the 75-minute game). */
export { DEFAULT_SCENARIO };

export interface MenuSlice {
  catalogue: BundledScenarios;
  scenarioId: string;
  seedText: string;
  /** "coordinator" plays every nation; a nation id plays that nation and a policy plays the rest; "hotseat": the teams of the teams slice */
  role: string;
  message: string;
  /**
   * Why Start did not start (a mistyped seed, teams not set): said by the Start button, where the player is, not in
   * the message at the top of the menu, out of sight below the fold (hobbyist play-test: a bad seed seemed to do nothing).
   */
  startProblem: { field: 'scenario' | 'seed' | 'teams'; text: string } | null;
  /** a link that named a scenario still loading: it is opened once every scenario is in */
  pendingLink: string | null;
  /** whether every bundled scenario is in (the menu opens on the default one first) */
  catalogueComplete: boolean;
  /** the scenarios in the catalogue that were loaded from a file: a game on one keeps the file with its save */
  scenariosFromFiles: ScenarioFile[];
  /** the roles a class opened from its link lets its teams take, by the class game's scenario id (the menu offers only these) */
  classRoles: { scenarioId: string; roles: string[] } | null;
  selectScenario(id: string): void;
  /** Back to the whole menu from a class opened from its link: the class game leaves the list, and a fresh seed is drawn. */
  leaveClass(): void;
  setSeedText(text: string): void;
  newSeed(): void;
  setRole(role: string): void;
  /** Starts the chosen game beside any saved ones. */
  start(): void;
  /** Opens a shared link on the menu: its scenario and seed are chosen, ready to Start. */
  openLink(hash: string): void;
  /** Starts a challenge: its scenario and seed, in the role chosen. */
  playChallenge(c: Challenge): void;
  /** the challenge the game on screen plays, named in the top bar and the debrief; null for any other game */
  challenge: Challenge | null;
  /** The rest of the bundled scenarios, once loaded, join the list (and their problems are shown). */
  addScenarios(more: BundledScenarios): void;
  /** A trainer's own scenario file: validated, then offered in the menu (problems listed with their JSON paths). */
  loadScenarioText(name: string, text: string): void;
}

export function createMenuSlice(catalogue: BundledScenarios): Slice<MenuSlice> {
  const first = catalogue.scenarios.find((x) => x.id === DEFAULT_SCENARIO) ?? catalogue.scenarios[0];
  return (set, get) => ({
    catalogue,
    scenarioId: first?.id ?? '',
    seedText: freshSeed(),
    role: 'coordinator',
    message: catalogue.scenarios.length ? '' : NO_SCENARIO,
    startProblem: null,
    pendingLink: null,
    catalogueComplete: false,
    scenariosFromFiles: [],
    classRoles: null,
    selectScenario: (id) => set({ scenarioId: id, startProblem: null }),
    leaveClass() {
      const { catalogue, classRoles, scenariosFromFiles } = get();
      if (!classRoles) return;
      const scenarios = catalogue.scenarios.filter((x) => x.id !== classRoles.scenarioId);
      const first = scenarios.find((x) => x.id === DEFAULT_SCENARIO) ?? scenarios[0];
      set({
        classRoles: null,
        catalogue: { ...catalogue, scenarios },
        scenariosFromFiles: scenariosFromFiles.filter((x) => x.id !== classRoles.scenarioId),
        scenarioId: first?.id ?? '',
        seedText: freshSeed(),
        role: 'coordinator',
        teamsDraft: [],
        message: '',
      });
    },
    setSeedText: (text) => set({ seedText: text, startProblem: null }),
    newSeed: () => set({ seedText: freshSeed(), message: '', startProblem: null }),
    setRole(role) {
      // A class link's line names the team's role: another role chosen, or teams sharing the laptop, replace it.
      const scenario = get().catalogue.scenarios.find((x) => x.id === get().scenarioId);
      const line = role === HOTSEAT ? 'Teams take turns on this laptop.' : `Your team plays ${teamWords(role, scenario)}.`;
      const message = classLineForRole(get().message, line);
      set({ role, message });
      // Two teams to start; a class whose roles are nations, one team to each.
      const offered = hotseatNations(get(), scenario);
      const count = offered.length < (scenario?.playable.length ?? 0) ? offered.length : 2;
      if (role === HOTSEAT && get().teamsDraft.length === 0) get().setTeamCount(count, scenario);
    },
    start() {
      const { catalogue, scenarioId, seedText, role } = get();
      const scenario = catalogue.scenarios.find((x) => x.id === scenarioId);
      if (!scenario) return set({ startProblem: { field: 'scenario', text: 'Choose a scenario.' } });
      const seed = parseSeed(seedText);
      if (!seed.ok) return set({ startProblem: { field: 'seed', text: `Seed: ${seed.error}.` } });
      const teams = role === HOTSEAT ? get().teamsDraft.map((t) => ({ name: t.name.trim(), nations: t.nations })) : undefined;
      const problem = teams && teamsProblem(teams, hotseatNations(get(), scenario));
      if (problem) return set({ startProblem: { field: 'teams', text: `Teams: ${problem}.` } });
      set({ startProblem: null });
      const humanNations = role === 'coordinator' ? scenario.nations.map((n) => n.id) : [role];
      const content = contentOf(scenario);
      const game = createGameStore({ content, start: newGame(content, seed.seed), humanNations, teams, aiPolicy: 'historical' });
      set({ seedText: seed.seed.code });
      get().beginGame(scenario, game, role, { gameId: newGameId(), scenarioFromFile: get().scenariosFromFiles.includes(scenario) });
      void get().saveNow();
    },
    challenge: null,
    playChallenge(c) {
      set({ scenarioId: c.scenario, seedText: c.seed, message: '' });
      get().start();
      // Kept only when the game started (it may not: a role this scenario has not, say).
      if (get().screen === 'play') set({ challenge: c });
    },
    openLink(hash) {
      const { catalogue, catalogueComplete } = get();
      const classLink = parseClassLink(hash);
      if (classLink.kind !== 'none') return openClassLink(classLink, hash, { get, set });
      const link = parseShareLink(
        hash,
        catalogue.scenarios.map((x) => x.id),
      );
      if (link.kind === 'none') return;
      // A link to a scenario that has not loaded yet waits for the rest of the list.
      if (link.kind === 'broken' && !catalogueComplete) return set({ pendingLink: hash });
      set({ pendingLink: null });
      if (link.kind === 'game')
        set({
          scenarioId: link.game.scenario,
          seedText: link.game.seed,
          message: `Shared game: ${catalogue.scenarios.find((x) => x.id === link.game.scenario)?.title}, seed ${link.game.seed}. Press Start to play the same war.`,
        });
      if (link.kind === 'broken') set({ message: `This link cannot be opened: ${link.problem}. Choose a scenario below instead.` });
    },
    addScenarios(more) {
      const next = mergeCatalogue(get().catalogue, more);
      const { message, scenarioId, pendingLink } = get();
      set({
        catalogue: next,
        catalogueComplete: true,
        scenarioId: scenarioId || (next.scenarios[0]?.id ?? ''),
        message: next.scenarios.length ? (message === NO_SCENARIO ? '' : message) : NO_SCENARIO,
      });
      if (pendingLink !== null) get().openLink(pendingLink);
      // A desk opened while the list was loading (on a kept class, say) is read again against every scenario.
      if (get().desk) get().editDesk({});
      const replay = get().replayWaiting;
      if (replay !== null) get().checkReplayText(replay);
      const watch = get().watchWaiting;
      if (watch !== null) get().openReplayLink(watch);
      // Codes pasted on the dashboard while the list was loading were checked without the scenarios still to come.
      get().recheckResults();
      void get().checkSaves();
    },
    loadScenarioText(name, text) {
      const json = parseJson(text);
      const result = json.ok ? validateScenario(json.value) : json;
      if (!result.ok) return set({ message: `${name} is not a valid scenario: ${problemsText(result.problems)}` });
      set({
        catalogue: withScenario(get().catalogue, result.scenario),
        scenariosFromFiles: [...get().scenariosFromFiles.filter((x) => x.id !== result.scenario.id), result.scenario],
        scenarioId: result.scenario.id,
        message: '',
      });
      // A save of this scenario may be continued now.
      void get().checkSaves();
    },
  });
}
