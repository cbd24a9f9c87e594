/**
 * The results dashboard's state: every submission handed in so far (in the
 * order it came), each with its verdict once the worker has one, and the
 * class the trainer is marking (scenario and seed), applied as the table is
 * drawn so changing it needs no second re-simulation.
 */
import { MAX_INPUT_CHARS, readSubmissions } from '../../share/results/submissions';
import type { Verdict } from '../../share/results/verdict';
import { parseSeed } from '../../share/seed-code';
import { MAX_CLASS_CHARS, shelfFrom } from '../../share/class-file';
import { readClassInput } from '../../share/class-link';
import { problemsText, shippedScenarios, withScenario } from '../menu/catalogue';
import type { Slice } from '../store';
import { verifyInWorker } from './results-verifier';
import { keptDesk } from '../trainer/kept-desk';
import { classFileOf } from '../trainer/trainer-slice';

export interface ResultsClass {
  /** '' for any scenario */
  scenarioId: string;
  /** as typed; '' for any seed */
  seedText: string;
}

export interface ResultsSlice {
  /** one per submission; null until it is verified */
  resultsVerdicts: (Verdict | null)[];
  resultsClass: ResultsClass;
  /** the class file or link the trainer loaded: its title, and what was wrong with the last one tried */
  resultsClassLoaded: { title: string } | null;
  resultsClassProblem: string | null;
  /**
   * Reads a class file's text or a class link and marks its games: its compiled scenario (a trainer's
   * own included) joins the scenarios games are checked against, and the codes handed in so far are checked again.
   */
  loadResultsClass(text: string): void;
  /** A picked class file: one larger than any class is refused before it is read. */
  loadResultsClassFile(file: File): Promise<void>;
  /** every text handed in so far, kept so that loading a class can check them again */
  resultsInputs: { text: string; name: string }[];
  /** counts the clears: a verdict the worker sends for a list since cleared is dropped */
  resultsEpoch: number;
  /**
   * Every code is checked and the page has shown so: the charts and where teams diverged (a tenth
   * of a second for a class of 30) are drawn from the frame after, never holding up the last verdict.
   */
  resultsSettled: boolean;
  /** Reads pasted text or a file's text (`name` says where it came from) and verifies every code in it. */
  addResults(text: string, name: string): void;
  /** A dropped or picked file: one larger than any class's codes is refused before it is read. */
  addResultsFile(file: File): Promise<void>;
  setResultsClass(patch: Partial<ResultsClass>): void;
  /** what went wrong with an export, if anything */
  resultsMessage: string | null;
  setResultsMessage(message: string | null): void;
  clearResults(): void;
  /** Checks every text handed in so far again, against the scenarios known now. */
  recheckResults(): void;
}

/** Verdicts arrive every few milliseconds: the page takes them in at most this often, so drawing the table does not slow the checking. */
const TAKE_IN_MS = 50;

export const createResultsSlice: Slice<ResultsSlice> = (set, get) => {
  let waiting: { epoch: number; at: number; verdict: Verdict }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const takeIn = () => {
    timer = null;
    const verdicts = [...get().resultsVerdicts];
    for (const w of waiting) if (w.epoch === get().resultsEpoch) verdicts[w.at] = w.verdict;
    waiting = [];
    set({ resultsVerdicts: verdicts });
    if (verdicts.every((v) => v !== null)) {
      if (markDeskClass()) return;
      const epoch = get().resultsEpoch;
      requestAnimationFrame(() => setTimeout(() => get().resultsEpoch === epoch && set({ resultsSettled: true }), 0));
    }
  };
  /**
   * Codes refused for want of their class's game, when that class is the one on this browser's desk: it is marked as if its
   * link were pasted, and the codes checked again (trainer play-test: on the desk's own browser every code was refused).
   */
  const markDeskClass = (): boolean => {
    const desk = get().desk ?? keptDesk();
    if (!desk || get().resultsClassLoaded) return false;
    const wanted = get().resultsVerdicts.some((v) => v && !v.ok && v.refusal.kind === 'missingScenario' && v.refusal.scenarioId === desk.id);
    if (!wanted) return false;
    get().loadResultsClass(JSON.stringify(classFileOf(desk)));
    return get().resultsClassLoaded !== null;
  };
  return {
    resultsVerdicts: [],
    resultsClass: { scenarioId: '', seedText: '' },
    resultsClassLoaded: null,
    resultsClassProblem: null,
    resultsInputs: [],
    async loadResultsClassFile(file) {
      if (file.size > MAX_CLASS_CHARS)
        return set({ resultsClassProblem: `${file.name} is too large for a class file (${file.size} bytes; at most ${MAX_CLASS_CHARS})` });
      get().loadResultsClass(await file.text());
    },
    loadResultsClass(text) {
      const { catalogue, scenariosFromFiles } = get();
      const read = readClassInput(text.trim(), shelfFrom(shippedScenarios(get())));
      if (!read.ok) return set({ resultsClassProblem: problemsText(read.problems) });
      const { file, scenario } = read.session;
      set({
        catalogue: withScenario(catalogue, scenario),
        // A class's own scenario is not a shipped one: the class read again (a live desk rejoining) must not find its id taken.
        scenariosFromFiles: [...scenariosFromFiles.filter((x) => x.id !== scenario.id), scenario],
        resultsClass: { scenarioId: scenario.id, seedText: file.seed },
        resultsClassLoaded: { title: file.title },
        resultsClassProblem: null,
      });
      // Codes handed in before the class was loaded were checked without its scenario: check them again.
      get().recheckResults();
    },
    recheckResults() {
      const inputs = get().resultsInputs;
      if (!inputs.length) return;
      get().clearResults();
      for (const x of inputs) get().addResults(x.text, x.name);
    },
    resultsEpoch: 0,
    resultsSettled: false,
    addResults(text, name) {
      const { submissions, unread } = readSubmissions(text, name);
      set({ resultsInputs: [...get().resultsInputs, { text, name }] });
      const first = get().resultsVerdicts.length + unread.length;
      const epoch = get().resultsEpoch;
      set({ resultsVerdicts: [...get().resultsVerdicts, ...unread, ...submissions.map(() => null)], resultsSettled: !submissions.length });
      verifyInWorker(get().catalogue.scenarios, submissions, (i, verdict) => {
        waiting.push({ epoch, at: first + i, verdict });
        // The last verdict of all is taken in at once: the table is complete, nothing is gained by waiting.
        if (waiting.length === get().resultsVerdicts.filter((v) => v === null).length) {
          if (timer) clearTimeout(timer);
          takeIn();
        } else timer ??= setTimeout(takeIn, TAKE_IN_MS);
      });
    },
    async addResultsFile(file) {
      if (file.size > MAX_INPUT_CHARS) {
        set({
          resultsVerdicts: [...get().resultsVerdicts, { source: file.name, ok: false, refusal: { kind: 'tooLarge', chars: file.size, max: MAX_INPUT_CHARS } }],
          resultsSettled: get().resultsVerdicts.every((v) => v !== null),
        });
        return;
      }
      get().addResults(await file.text(), file.name);
    },
    resultsMessage: null,
    setResultsMessage(message) {
      set({ resultsMessage: message });
    },
    setResultsClass(patch) {
      // A seed typed in lower case or with O for 0 reads back as the game writes it.
      const seed = patch.seedText?.trim() ? parseSeed(patch.seedText) : null;
      set({ resultsClass: { ...get().resultsClass, ...patch, ...(seed?.ok ? { seedText: seed.seed.code } : {}) } });
    },
    clearResults() {
      set({ resultsVerdicts: [], resultsInputs: [], resultsEpoch: get().resultsEpoch + 1, resultsMessage: null, resultsSettled: false });
    },
  };
};
