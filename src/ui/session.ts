/**
 * The browser session: which screen is up, the scenario and seed chosen, the
 * game store, who acts, the open dialog and the tutorial. Actions here only
 * call the game store and the autosave; the rules stay in src/sim.
 */
import { createStore } from 'zustand/vanilla';
import { sortScenarios, type BundledScenarios } from '../scenario/bundled';
import { parseJson, validateScenario } from '../scenario/validate';
import { newGame } from '../scenario/build-game';
import { contentOf } from './content-cache';
import type { ScenarioFile } from '../scenario/schema';
import { makeReplay, parseReplayFile, type ReplayFile, type SaveFile } from '../share/files';
import { checkReplay, otherRulesMessage, type ReplayCheck } from '../share/check-replay';
import { makeShareLink, parseShareLink } from '../share/link';
import { isResultCode } from '../share/result-code-format';
import {
  askPriceEur,
  evaluateOffer,
  firmSpec,
  gameMetrics,
  hashState,
  playGame,
  POLICIES,
  productSpec,
  RULES_VERSION,
  scoreGame,
  type FirmAnswer,
  type Metrics,
  type Offer,
  type Order,
  type OrderResult,
  type ProductId,
} from '../sim';
import { parseSeed, randomSeed } from '../share/seed-code';
import { createGameStore, type GameStore } from '../store/game-store';
import { clearAutosave, readAutosave, setAsideAutosave, writeAutosave } from '../persist/autosave';

export type Screen = 'menu' | 'game' | 'debrief';
export type Tab = 'decide' | 'politics' | 'news' | 'report' | 'charts' | 'map';

export interface Negotiation {
  draft: Offer;
  /** what the firm said to the last round, if one was sent */
  answer: FirmAnswer | null;
}

export interface SessionState {
  screen: Screen;
  catalogue: BundledScenarios;
  scenarioId: string;
  seedText: string;
  /** "coordinator" plays every nation; a nation id plays that nation and a policy plays the rest */
  role: string;
  message: string;
  scenario: ScenarioFile | null;
  game: GameStore | null;
  acting: string;
  tab: Tab;
  negotiation: Negotiation | null;
  lastResult: OrderResult | null;
  whyId: string | null;
  howToPlay: boolean;
  tutorialStep: number;
  tutorialOn: boolean;
  autosave: 'none' | 'present' | 'unknown';
  /** the answer to the last "Check a replay" */
  replayCheck: ReplayCheck | null;
  /** the finished game's result code, for the debrief */
  resultCode: string;
  /** the drawdown sliders: units of each product the acting nation is about to send */
  drawDraft: Record<string, number>;
  /** the same seed played as the allies played it, for the debrief; computed once when a game ends */
  historical: Metrics | null;
  /** the pledge slider: basis points of GDP to add */
  pledgeDraftBp: number;
}

export type Session = ReturnType<typeof createSession>;

/** The classic 23-month game is the default, and the tutorial is written around it. */
export const DEFAULT_SCENARIO = 'race-of-logistics';

/** The numeric value of a game's (already valid) seed code. */
function parseSeedValue(code: string): number {
  const r = parseSeed(code);
  return r.ok ? r.seed.value : 0;
}

function freshSeed(): string {
  return randomSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]!).code;
}

export function createSession(catalogue: BundledScenarios) {
  const first = catalogue.scenarios.find((x) => x.id === DEFAULT_SCENARIO) ?? catalogue.scenarios[0];
  const store = createStore<SessionState>()(() => ({
    screen: 'menu',
    catalogue,
    scenarioId: first?.id ?? '',
    seedText: freshSeed(),
    role: 'coordinator',
    message: catalogue.scenarios.length ? '' : 'No valid scenario was found.',
    scenario: null,
    game: null,
    acting: first?.playable[0] ?? '',
    tab: 'decide',
    negotiation: null,
    lastResult: null,
    whyId: null,
    howToPlay: false,
    tutorialStep: 0,
    tutorialOn: false,
    autosave: 'unknown',
    replayCheck: null,
    resultCode: '',
    drawDraft: {},
    pledgeDraftBp: 25,
    historical: null,
  }));
  const s = () => store.getState();
  const patch = (p: Partial<SessionState>) => store.setState(p);
  const gameState = () => s().game!.getState();

  const saveNow = async () => {
    const { game, scenario } = s();
    if (!game || !scenario) return;
    const g = game.getState();
    const save: SaveFile = {
      format: 'race-of-logistics/save',
      version: 2,
      rulesVersion: RULES_VERSION,
      scenario: { id: scenario.id, hash: g.content.hash },
      seed: g.game.seed,
      humanNations: g.humanNations,
      aiPolicy: g.aiPolicy,
      turns: g.history.map((h) => ({ orders: h.orders, hash: h.hash })),
      savedAt: new Date().toISOString(),
    };
    try {
      await writeAutosave(save);
      patch({ autosave: 'present' });
    } catch (e) {
      patch({ message: `Autosave failed: ${(e as Error).message}. The game goes on; it is not lost while this page stays open.` });
    }
  };

  /** Plays the same seed as the allies did, once, after the last month: the debrief compares with it. */
  const compareWithHistory = () =>
    setTimeout(() => {
      const g = s().game?.getState();
      if (!g) return;
      const all = g.game.nations.map((n) => n.id);
      const start = newGame(g.content, { code: g.game.seed, value: parseSeedValue(g.game.seed) });
      const final = playGame(g.content, start, (x) => POLICIES.historical(g.content, x, all), { hashTurns: false }).final;
      patch({ historical: gameMetrics(g.content, final) });
    }, 0);

  const beginGame = (scenario: ScenarioFile, game: GameStore, role: string) => {
    patch({ historical: null });
    if (game.getState().game.finished) {
      queueMicrotask(() => void actions.refreshResultCode(''));
      compareWithHistory();
    }
    const tutorialOn = game.getState().history.length === 0 && localStorage.getItem('rol-tutorial-done') !== 'yes';
    patch({
      screen: game.getState().game.finished ? 'debrief' : 'game',
      scenario,
      game,
      role,
      acting: role === 'coordinator' ? (scenario.playable[0] ?? '') : role,
      tab: 'decide',
      message: '',
      negotiation: null,
      lastResult: null,
      whyId: null,
      tutorialOn,
      tutorialStep: 0,
    });
  };

  const actions = {
    store,
    async checkAutosave() {
      const loaded = await readAutosave();
      patch({ autosave: loaded === null ? 'none' : 'present' });
    },
    selectScenario(id: string) {
      patch({ scenarioId: id });
    },
    setSeedText(text: string) {
      patch({ seedText: text });
    },
    newSeed() {
      patch({ seedText: freshSeed(), message: '' });
    },
    setRole(role: string) {
      patch({ role });
    },
    toggleHowToPlay(open?: boolean) {
      patch({ howToPlay: open ?? !s().howToPlay });
    },
    start() {
      const scenario = s().catalogue.scenarios.find((x) => x.id === s().scenarioId);
      if (!scenario) return patch({ message: 'Choose a scenario.' });
      const seed = parseSeed(s().seedText);
      if (!seed.ok) return patch({ message: `Seed: ${seed.error}` });
      const role = s().role;
      const nations = scenario.nations.map((n) => n.id);
      const humanNations = role === 'coordinator' ? nations : [role];
      const content = contentOf(scenario);
      const game = createGameStore({ content, start: newGame(content, seed.seed), humanNations, aiPolicy: 'historical' });
      patch({ seedText: seed.seed.code });
      beginGame(scenario, game, role);
      void saveNow();
    },
    /** Restores the autosave by re-simulating it; a save that does not check out is set aside. */
    async continueSaved() {
      const loaded = await readAutosave();
      if (loaded === null) return patch({ autosave: 'none', message: 'There is no saved game.' });
      const problem = loaded.ok ? restoreProblem(loaded.save) : loaded.problem;
      if (problem) {
        const key = await setAsideAutosave().catch(() => 'nowhere');
        patch({ autosave: 'none', message: `The saved game could not be restored (${problem}). It was set aside as "${key}"; start a new game.` });
      }
    },
    setActing(nationId: string) {
      patch({ acting: nationId, lastResult: null, drawDraft: {} });
    },
    setPledgeDraft(bp: number) {
      patch({ pledgeDraftBp: bp });
    },
    setDrawDraft(product: string, amount: number) {
      patch({ drawDraft: { ...s().drawDraft, [product]: amount } });
    },
    setTab(tab: Tab) {
      patch({ tab, whyId: null });
    },
    order(order: Order): OrderResult {
      const result = gameState().addOrder(order);
      patch({ lastResult: result });
      return result;
    },
    undo() {
      gameState().undo(s().acting);
      patch({ lastResult: null });
    },
    endMonth() {
      const g = gameState();
      if (g.game.finished) return;
      g.endTurn();
      const finished = gameState().game.finished;
      patch({ tab: 'report', whyId: null, negotiation: null, lastResult: null, screen: finished ? 'debrief' : 'game', resultCode: '' });
      if (finished) {
        void actions.refreshResultCode('');
        compareWithHistory();
      }
      void saveNow();
    },
    openNegotiation(firmId: string, product: ProductId) {
      const st = gameState().preview.state;
      const content = gameState().content;
      const firm = firmSpec(content, firmId);
      if (!firm) return;
      const draft: Offer = {
        firmId,
        product,
        buyers: [{ nationId: s().acting, shareBp: 10000 }],
        // Four normal orders' worth: 2,000 shells, 20 Stingers.
        perMonth: (productSpec(content, product)?.minOrderPerMonth ?? 1) * 4,
        months: 24,
        unitPriceEur: 0,
        advanceBp: 1000,
        capacityClause: false,
        indexed: false,
        deliverTo: 'ukraine',
      };
      draft.unitPriceEur = askPriceEur(content, st, firm, draft);
      patch({ negotiation: { draft, answer: null } });
    },
    updateDraft(change: Partial<Offer>) {
      const n = s().negotiation;
      if (n) patch({ negotiation: { ...n, draft: { ...n.draft, ...change } } });
    },
    /** The firm's likely answer to the draft as it stands, before a round is spent. */
    previewAnswer(): FirmAnswer | null {
      const n = s().negotiation;
      return n ? evaluateOffer(gameState().content, gameState().preview.state, n.draft) : null;
    },
    sendOffer() {
      const n = s().negotiation;
      if (!n) return;
      const result = actions.order({ kind: 'offer', actor: s().acting, offer: n.draft });
      patch({ negotiation: { ...n, answer: result.answer ?? null }, lastResult: result });
    },
    acceptCounter() {
      const n = s().negotiation;
      if (!n?.answer?.counter) return;
      patch({ negotiation: { ...n, draft: n.answer.counter } });
      actions.sendOffer();
    },
    closeNegotiation() {
      patch({ negotiation: null });
    },
    showWhy(id: string | null) {
      patch({ whyId: id });
    },
    tutorialNext() {
      patch({ tutorialStep: s().tutorialStep + 1 });
    },
    tutorialSkip() {
      localStorage.setItem('rol-tutorial-done', 'yes');
      patch({ tutorialOn: false });
    },
    tutorialReopen() {
      patch({ tutorialOn: true, tutorialStep: 0, howToPlay: false });
    },
    backToMenu() {
      patch({ screen: 'menu', negotiation: null, message: '' });
      void actions.checkAutosave();
    },
    /** Opens a shared link on the menu: its scenario and seed are chosen, ready to Start. */
    openLink(hash: string) {
      const link = parseShareLink(
        hash,
        s().catalogue.scenarios.map((x) => x.id),
      );
      if (link.kind === 'game')
        patch({
          scenarioId: link.game.scenario,
          seedText: link.game.seed,
          message: `Shared game: ${s().catalogue.scenarios.find((x) => x.id === link.game.scenario)?.title}, seed ${link.game.seed}. Press Start to play the same war.`,
        });
      if (link.kind === 'broken') patch({ message: `This link cannot be opened: ${link.problem}. Choose a scenario below instead.` });
    },
    /** The code a team hands in: the whole game and the score it claims, which a trainer re-simulates. */
    async refreshResultCode(team: string) {
      const replay = actions.exportReplay();
      const game = s().game;
      if (!replay || !game) return;
      const score = scoreGame(game.getState().content, game.getState().game);
      const { encodeResultCode } = await import('../share/result-code');
      patch({ resultCode: encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: team.slice(0, 80) }) });
    },
    /** The link that gives anyone the same scenario and seed. */
    shareLink(): string | null {
      const { game, scenario } = s();
      return game && scenario ? makeShareLink(location.href, { scenario: scenario.id, seed: game.getState().game.seed }) : null;
    },
    /** Scenarios that finished loading after the menu opened join the list (and their problems are shown). */
    addScenarios(more: BundledScenarios) {
      const cur = s().catalogue;
      const ids = new Set(more.scenarios.map((x) => x.id));
      const scenarios = sortScenarios([...cur.scenarios.filter((x) => !ids.has(x.id)), ...more.scenarios]);
      patch({
        catalogue: { scenarios, broken: [...cur.broken, ...more.broken.filter((b) => !cur.broken.some((c) => c.file === b.file))] },
        scenarioId: s().scenarioId || (scenarios[0]?.id ?? ''),
        message: scenarios.length ? (s().message === 'No valid scenario was found.' ? '' : s().message) : 'No valid scenario was found.',
      });
    },
    /** A trainer's own scenario file: validated, then offered in the menu (problems listed with their JSON paths). */
    loadScenarioText(name: string, text: string) {
      const json = parseJson(text);
      const result = json.ok ? validateScenario(json.value) : json;
      if (!result.ok)
        return patch({
          message: `${name} is not a valid scenario: ${result.problems
            .slice(0, 8)
            .map((p) => `${p.path}: ${p.message}`)
            .join('; ')}${result.problems.length > 8 ? ` … and ${result.problems.length - 8} more` : ''}`,
        });
      const scenarios = sortScenarios([...s().catalogue.scenarios.filter((x) => x.id !== result.scenario.id), result.scenario]);
      const next = { ...s().catalogue, scenarios };
      patch({ catalogue: next, scenarioId: result.scenario.id, message: '' });
    },
    /** Checks a replay pasted or loaded by a hobbyist: it re-simulates every month. */
    checkReplayText(text: string) {
      if (isResultCode(text)) {
        void import('../share/result-code').then((m) => patch({ replayCheck: m.checkResultCode(text, s().catalogue.scenarios.map(contentOf)) }));
        return;
      }
      const parsed = parseReplayFile(text);
      if (!parsed.ok) return patch({ replayCheck: { ok: false, message: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') } });
      const scenario = s().catalogue.scenarios.find((x) => x.id === parsed.value.scenario.id);
      patch({ replayCheck: checkReplay(parsed.value, scenario && contentOf(scenario)) });
    },
    /** The game so far as a replay file: every order of every month, and each month's hash. */
    exportReplay(): ReplayFile | null {
      const { game, scenario } = s();
      if (!game || !scenario) return null;
      const g = game.getState();
      return makeReplay({
        rulesVersion: RULES_VERSION,
        scenarioId: scenario.id,
        scenarioHash: g.content.hash,
        seed: g.game.seed,
        turns: g.history.map((h) => ({ orders: h.orders, hash: h.hash })),
        finalHash: hashState(g.game),
      });
    },
    async newGameFromDebrief() {
      await clearAutosave().catch(() => undefined);
      patch({ screen: 'menu', game: null, scenario: null, seedText: freshSeed(), autosave: 'none' });
    },
  };

  /** Rebuilds a saved game month by month; returns what is wrong, or null when restored. */
  function restoreProblem(save: SaveFile): string | null {
    if (save.rulesVersion !== RULES_VERSION) return otherRulesMessage('save', save.rulesVersion);
    const scenario = s().catalogue.scenarios.find((x) => x.id === save.scenario.id);
    if (!scenario) return `its scenario "${save.scenario.id}" is not available`;
    const content = contentOf(scenario);
    if (content.hash !== save.scenario.hash) return `its scenario "${save.scenario.id}" has been edited since`;
    const seed = parseSeed(save.seed);
    if (!seed.ok) return `$.seed: ${seed.error}`;
    const game = createGameStore({ content, start: newGame(content, seed.seed), humanNations: save.humanNations, aiPolicy: save.aiPolicy });
    for (let i = 0; i < save.turns.length; i++) {
      if (game.getState().game.finished) return `it has more months than the scenario`;
      const month = game.getState().resolveRecorded(save.turns[i]!.orders);
      if (month.hash !== save.turns[i]!.hash) return `month ${i + 1} does not re-simulate to its saved state`;
    }
    const role = save.humanNations.length === scenario.nations.length ? 'coordinator' : (save.humanNations[0] ?? 'coordinator');
    patch({ seedText: seed.seed.code, scenarioId: scenario.id });
    beginGame(scenario, game, role);
    return null;
  }

  return actions;
}
