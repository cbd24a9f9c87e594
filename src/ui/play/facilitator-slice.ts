/**
 * The trainer's live controls on the projector: whether they are shown, the
 * big-type class view, and the inject picked to fire. The controls give
 * trainer orders (sim/trainer-orders.ts) through the game store, so the
 * replay records them; this slice holds only what is on screen.
 */
import { TRAINER, type FacilitatorAction } from '../../sim';
import type { Slice } from '../store';

export interface FacilitatorSlice {
  /** the trainer's controls are on (chosen on the menu, for a game at the front of the room) */
  facilitating: boolean;
  /** the big-type class view takes the panel's place */
  classView: boolean;
  /** the event picked in "Fire an inject now" */
  injectPick: string;
  setFacilitating(on: boolean): void;
  setClassView(on: boolean): void;
  pickInject(eventId: string): void;
  fireInject(): void;
  facilitate(action: FacilitatorAction): void;
  undoFacilitator(): void;
}

export const createFacilitatorSlice: Slice<FacilitatorSlice> = (set, get) => ({
  facilitating: false,
  classView: false,
  injectPick: '',
  setFacilitating: (on) => set({ facilitating: on, ...(on ? {} : { classView: false }) }),
  setClassView: (on) => set({ classView: on }),
  pickInject: (eventId) => set({ injectPick: eventId }),
  fireInject() {
    const eventId = get().injectPick;
    if (!eventId) return;
    const r = get().order({ kind: 'inject', actor: TRAINER, eventId });
    if (r.ok) set({ injectPick: '' });
  },
  facilitate: (action) => void get().order({ kind: 'facilitate', actor: TRAINER, action }),
  undoFacilitator() {
    get().game?.getState().undo(TRAINER);
    set({ lastResult: null });
  },
});
