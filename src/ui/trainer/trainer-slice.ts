/**
 * The trainer's desk (#/trainer): a class being prepared, as a draft of the
 * class file (share/class-file.ts), and the class it reads as: either the
 * session (ready for its link, briefing and file) or the problems, with the
 * JSON paths of the class file, that stop it.
 */
import { COORDINATOR, readClassValue, shelfFrom, type ClassFile, type ClassReading } from '../../share/class-file';
import { monthLabel, parseMonth, type NationOrderKind } from '../../sim';
import { freshSeed } from '../common/seed';
import type { Slice } from '../store';
import { shippedScenarios } from '../menu/catalogue';
import { keepDesk, keptDesk } from './kept-desk';

export type DeskDraft = Omit<ClassFile, 'scenario' | '$schema'> & { scenarioId: string };

/** The effects a trainer's own inject may have from the desk's form (a class file may give any event action). */
export type CustomEffect = 'funds' | 'support' | 'politicalCapital' | 'aidFreeze' | 'cohesion' | 'ukraineSupply';

/** The lock and the inject being chosen in the form, before Add. */
export interface DeskPick {
  order: NationOrderKind;
  nation: string;
  belowReadinessFloor: boolean;
  month: string;
  event: string;
  /** the trainer's own inject: its headline, its text, who it cites, and its one effect */
  customTitle: string;
  customText: string;
  customOutlet: string;
  effect: CustomEffect;
  effectNation: string;
  /** in the effect's unit as the form says it: € millions, percentage points, points, months or shells */
  effectAmount: number;
}

export interface TrainerSlice {
  desk: DeskDraft | null;
  deskPick: DeskPick;
  pickOnDesk(change: Partial<DeskPick>): void;
  /** the draft read as a class: the session, or what is wrong with it */
  deskReading: ClassReading | null;
  /** Opens the desk on the class prepared here last, or a new one. */
  openDesk(): void;
  /** Puts the class on the desk aside for a new one (its link and file, once handed out, still work). */
  newDesk(): void;
  /** the class New class put aside, until the desk changes */
  deskBefore: DeskDraft | null;
  backToDeskBefore(): void;
  /** what the class link's Copy said, until the class changes */
  deskCopyStatus: string;
  setDeskCopyStatus(text: string): void;
  editDesk(change: Partial<DeskDraft>): void;
  /** Adds the lock picked in the form. */
  addLock(): void;
  /** Adds an inject: the month and event shown in the form (picked, or its defaults). */
  addInject(month: string, event: string): void;
  /** Adds the trainer's own inject written in the form, in that month; false (and nothing added) when its headline or text is missing. */
  addCustomInject(month: string, product: string): boolean;
  /** Removes the lock or inject at an index. */
  removeFromDesk(list: 'locks' | 'injects', index: number): void;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The class file a draft stands for. */
export function classFileOf(d: DeskDraft): ClassFile {
  const { scenarioId, ...rest } = d;
  return { ...rest, scenario: { id: scenarioId } };
}

export const createTrainerSlice: Slice<TrainerSlice> = (set, get) => {
  const shipped = () => {
    return shippedScenarios(get());
  };
  const update = (desk: DeskDraft) => {
    const file = classFileOf(desk);
    set({ desk, deskBefore: null, deskCopyStatus: '', deskReading: readClassValue(file, shelfFrom(shipped())) });
    keepDesk(file);
  };
  /** A class to begin from: the first scenario made for a lesson, a seed of its own, every lever open. */
  const freshDesk = (): DeskDraft | null => {
    const first = shipped().find((x) => x.forClass) ?? shipped()[0];
    if (!first) return null;
    return {
      format: 'race-of-logistics/class',
      version: 1,
      id: 'my-class',
      title: `Class: ${first.title}`,
      goals: [...first.learningGoals],
      scenarioId: first.id,
      seed: freshSeed(),
      roles: [COORDINATOR],
      locks: [],
      injects: [],
      visibility: { hideRussia: false, hideOtherScores: false },
    };
  };
  return {
    desk: null,
    deskReading: null,
    deskPick: {
      order: 'fundPlant',
      nation: '',
      belowReadinessFloor: false,
      month: '',
      event: '',
      customTitle: '',
      customText: '',
      customOutlet: 'Your trainer',
      effect: 'funds',
      effectNation: '',
      effectAmount: 500,
    },
    pickOnDesk: (change) => set({ deskPick: { ...get().deskPick, ...change } }),
    openDesk() {
      if (get().desk) return;
      // The class prepared here last, while its scenario is shipped (or may be, among those still loading).
      const kept = keptDesk();
      const known = kept && (!get().catalogueComplete || shipped().some((x) => x.id === kept.scenarioId));
      const desk = known ? kept : freshDesk();
      if (desk) update(desk);
    },
    deskBefore: null,
    deskCopyStatus: '',
    setDeskCopyStatus: (text) => set({ deskCopyStatus: text }),
    newDesk() {
      const [before, desk] = [get().desk, freshDesk()];
      if (!desk) return;
      update(desk);
      // One click put a whole class aside (trainer play-test): it can be had back until the desk changes again.
      set({ deskBefore: before });
    },
    backToDeskBefore() {
      const before = get().deskBefore;
      if (before) update(before);
    },
    editDesk(change) {
      const d = get().desk;
      if (!d) return;
      // Another scenario: its locks' nations and injects' events may not exist there.
      const reset = change.scenarioId && change.scenarioId !== d.scenarioId ? { roles: [COORDINATOR], locks: [], injects: [] } : {};
      update({ ...d, ...reset, ...change });
    },
    addLock() {
      const d = get().desk;
      if (!d) return;
      const { order, nation, belowReadinessFloor } = get().deskPick;
      const lock = { order, ...(nation ? { nations: [nation] } : {}), ...(belowReadinessFloor && order === 'drawdown' ? { belowReadinessFloor: true } : {}) };
      // The same lock again adds nothing (trainer play-test: students saw it listed twice among the trainer's rules).
      if (d.locks.some((l) => sameJson(l, lock))) return;
      update({ ...d, locks: [...d.locks, lock] });
    },
    addInject(month, event) {
      const d = get().desk;
      if (d && month && event && !d.injects.some((x) => x.month === month && x.event === event)) update({ ...d, injects: [...d.injects, { month, event }] });
    },
    addCustomInject(month, product) {
      const d = get().desk;
      const p = get().deskPick;
      if (!d || !month || !p.customTitle.trim() || !p.customText.trim()) return false;
      const used = new Set(d.injects.map((x) => x.custom?.id));
      let n = 1;
      while (used.has(`trainer-inject-${n}`)) n++;
      const custom = {
        id: `trainer-inject-${n}`,
        title: p.customTitle.trim(),
        text: p.customText.trim(),
        // The trainer is the source: an inject is a what-if, cited as the class's own (docs/formats.md).
        source: { file: 'trainer', outlet: p.customOutlet.trim() || 'Your trainer', date: monthLabel(parseMonth(month) ?? 0) },
        actions: [customAction(p, { nationId: p.effectNation, product })],
      };
      update({ ...d, injects: [...d.injects, { month, custom }] });
      set({ deskPick: { ...p, customTitle: '', customText: '' } });
      return true;
    },
    removeFromDesk(list, index) {
      const d = get().desk;
      if (d) update({ ...d, [list]: (d[list] as unknown[]).filter((_, i) => i !== index) });
    },
  };
};

/** The form's one effect as an event action, in the scenario's units (euros, basis points, points, months, shells). */
export function customAction(p: Pick<DeskPick, 'effect' | 'effectAmount'>, { nationId, product }: { nationId: string; product: string }) {
  const x = Math.trunc(p.effectAmount) || 0;
  switch (p.effect) {
    case 'funds':
      return { kind: 'funds' as const, nationId, deltaEur: x * 1_000_000 };
    case 'support':
      return { kind: 'support' as const, nationId, deltaBp: x * 100 };
    case 'politicalCapital':
      return { kind: 'politicalCapital' as const, nationId, delta: x };
    case 'aidFreeze':
      return { kind: 'aidFreeze' as const, nationId, months: x };
    case 'cohesion':
      return { kind: 'cohesion' as const, deltaBp: x * 100 };
    case 'ukraineSupply':
      return { kind: 'ukraineSupply' as const, product, amount: x };
  }
}
