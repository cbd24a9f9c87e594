/**
 * Last month's report: its headlines first, the full report one click away
 * ("Details"), which entry's "why" is open under it, if any, and where focus
 * goes when the headlines or the report open.
 */
import type { Slice } from '../store';

export interface ReportSlice {
  /** the report entry whose causes are shown under it, or null when none is open */
  whyId: string | null;
  /** the month (index in the history) whose entry is explained: the last, or for a turn of several months the one its headline's cause weighed most */
  whyMonth: number | null;
  /** for a front's headline in a turn of several months: the turn's first month (history index), so its Why? ranks the causes summed over the turn, as the headline does */
  whyTurnFrom: number | null;
  /** the full report is open instead of the month's headlines */
  reportDetails: boolean;
  /** opens an entry's Why? under it (closing any other), or closes it when it is the one open */
  showWhy(id: string | null, month?: number, turnFrom?: number): void;
  showDetails(open: boolean): void;
}

/** Each month, and each return to the tab, starts at the headlines. */
export const REPORT_TOP = { whyId: null, whyMonth: null, whyTurnFrom: null, reportDetails: false } satisfies Partial<ReportSlice>;

/** The element id of an entry's Why? button (entry ids are free text such as `deliv:c0003:DE`). */
export const whyButtonId = (entryId: string) => `why-btn-${entryId}`;

/** The heading that takes the focus when the headlines or the full report come on screen. */
export const HEADLINES_TITLE = 'headlines-title';
export const REPORT_TITLE = 'report-title';

export const createReportSlice: Slice<ReportSlice> = (set, get) => ({
  whyId: null,
  reportDetails: false,
  whyMonth: null,
  whyTurnFrom: null,
  // A disclosure: the Why? opens under its entry and the focus stays on its button, so a second press
  // closes it (play-test: opening it as a view and coming Back cost two inputs a Why?).
  showWhy: (id, month, turnFrom) =>
    set(
      !id || get().whyId === id
        ? { whyId: null, whyMonth: null, whyTurnFrom: null }
        : { whyId: id, whyMonth: month ?? null, whyTurnFrom: turnFrom ?? null, focusAfterRender: whyButtonId(id) },
    ),
  showDetails: (open) => set({ reportDetails: open, whyId: null, whyMonth: null, whyTurnFrom: null, focusAfterRender: open ? REPORT_TITLE : HEADLINES_TITLE }),
});
